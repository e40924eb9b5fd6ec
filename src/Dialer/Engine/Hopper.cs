using Outreach.Campaigns.Dialling;
using Outreach.Dialer.Compliance;

namespace Outreach.Dialer.Engine;

/// <summary>
/// A campaign's small queue of contacts due for a call, read from the database in batches. Each contact taken is
/// checked by the compliance gate first: the refused ones come back with the gate's verdict. Not thread-safe.
/// </summary>
public sealed class Hopper
{
    private readonly Queue<HopperEntry> queue = new();
    private readonly HashSet<long> ids = [];

    public int Count => queue.Count;

    /// <summary>Entry ids held now: the next read leaves them out.</summary>
    public IReadOnlyCollection<long> Ids => ids;

    public void Add(IEnumerable<HopperEntry> entries)
    {
        foreach (var entry in entries)
            if (ids.Add(entry.EntryId)) queue.Enqueue(entry);
    }

    /// <summary>Takes up to <paramref name="wanted"/> entries the gate allows; every refused one is listed with its verdict.</summary>
    public (List<HopperEntry> Allowed, List<(HopperEntry Entry, Verdict Verdict)> Refused) Take(
        int wanted, Func<HopperEntry, Verdict> gate)
    {
        var allowed = new List<HopperEntry>();
        var refused = new List<(HopperEntry, Verdict)>();
        while (allowed.Count < wanted && queue.TryDequeue(out var entry))
        {
            ids.Remove(entry.EntryId);
            var verdict = gate(entry);
            if (verdict.Allowed) allowed.Add(entry);
            else refused.Add((entry, verdict));
        }
        return (allowed, refused);
    }

    public void Clear()
    {
        queue.Clear();
        ids.Clear();
    }

    /// <summary>The gate's view of an entry.</summary>
    public static AttemptCandidate Candidate(HopperEntry entry, long campaignId, string? callerId) => new()
    {
        CampaignId = campaignId,
        SubscriberId = entry.SubscriberId,
        Phone = entry.Phone,
        TimeZoneId = entry.TimeZone,
        CallerId = callerId,
        History = entry.RecentAttemptsAt
            .Select((at, i) => new PastAttempt(new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)),
                i < entry.RecentAbandoned.Length && entry.RecentAbandoned[i]))
            .ToList(),
    };
}
