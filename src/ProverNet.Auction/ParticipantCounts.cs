namespace ProverNet.Auction;

/// <summary>
/// How many orders take part in each market when the round's input holds only those that can matter: the regime and
/// the summaries count these, not the orders handed over.
/// </summary>
/// <param name="Bids">Bids taking part, by market index.</param>
/// <param name="Offers">Offers taking part, by stage book.</param>
internal sealed record ParticipantCounts(int[] Bids, int[] Offers);
