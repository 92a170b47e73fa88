using System.Runtime.CompilerServices;
using ProverNet.Core;

namespace ProverNet.Chain.State;

/// <summary>One hash per slot of a page, inline.</summary>
[InlineArray(TreePage.Fanout)]
internal struct SlotHashes
{
    private Hash256 element;
}
