using System.Collections.Concurrent;

namespace Outreach.Dialer.Engine;

/// <summary>
/// The calls this silo has placed and not yet seen completed, per campaign. A campaign grain reactivated on this
/// silo adopts its calls from here; an attempt without an outcome that is not here died with an earlier silo.
/// </summary>
public sealed class CallLedger
{
    private readonly ConcurrentDictionary<long, ConcurrentDictionary<long, LiveCall>> byCampaign = new();

    /// <summary>The live calls of one campaign, by attempt id (the campaign grain's own view).</summary>
    public ConcurrentDictionary<long, LiveCall> For(long campaignId) => byCampaign.GetOrAdd(campaignId, _ => new());

    /// <summary>All live calls of the silo.</summary>
    public int Count => byCampaign.Values.Sum(c => c.Count);
}
