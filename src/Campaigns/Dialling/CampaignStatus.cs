namespace Outreach.Campaigns.Dialling;

/// <summary>The lifecycle states of C3, as stored.</summary>
public static class CampaignStatus
{
    public const string Draft = "draft";
    public const string Scheduled = "scheduled";
    public const string Running = "running";
    public const string Paused = "paused";
    public const string Finished = "finished";
}
