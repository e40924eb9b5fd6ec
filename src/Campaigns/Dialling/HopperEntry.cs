namespace Outreach.Campaigns.Dialling;

/// <summary>
/// A contact due for its next attempt, with what the compliance gate and the retry policy need: the subscriber's
/// time zone, their attempts in the last 7 days (all campaigns) and the results of this entry's earlier attempts.
/// </summary>
public sealed class HopperEntry
{
    public long EntryId { get; init; }
    public long SubscriberId { get; init; }
    public string Phone { get; init; } = "";
    public string TimeZone { get; init; } = "UTC";
    /// <summary>The subscriber's language: a live answer goes to an agent with it as a skill first (D4).</summary>
    public string Language { get; init; } = "en";
    public int AttemptsMade { get; init; }
    public int? PreferredAgentId { get; init; }

    /// <summary>When the subscriber was called in the last 7 days, by any campaign.</summary>
    public DateTime[] RecentAttemptsAt { get; init; } = [];

    /// <summary>Per recent attempt: was it abandoned (for the 72-hour redial block).</summary>
    public bool[] RecentAbandoned { get; init; } = [];

    /// <summary>This entry's earlier attempts as "outcome|answer_class|connect_result", for retry counts per cause.</summary>
    public string[] PastResults { get; init; } = [];
}
