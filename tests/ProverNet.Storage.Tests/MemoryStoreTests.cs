namespace ProverNet.Storage.Tests;

/// <summary>The store contract against <see cref="MemoryStore"/>.</summary>
public sealed class MemoryStoreTests : KeyValueStoreContractTests
{
    protected override IKeyValueStore CreateStore() => new MemoryStore();
}
