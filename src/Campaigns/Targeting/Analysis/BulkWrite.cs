namespace Outreach.Campaigns.Targeting.Analysis;

/// <summary>Limits for writing a whole base's rows (a million segments or scores) in one statement.</summary>
internal static class BulkWrite
{
    /// <summary>Far above the seconds it takes, so only a stuck server trips it (the default 30 s did, under load).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public static int TimeoutSeconds => (int)Timeout.TotalSeconds;
}
