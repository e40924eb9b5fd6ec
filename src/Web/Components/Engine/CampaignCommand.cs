namespace Outreach.Web.Components.Engine;

/// <summary>A control pressed on a campaign's dashboard card (M3): start, pause, stop, or a pacing change.</summary>
public sealed record CampaignCommand(long CampaignId, string Kind, string? Mode = null, decimal? TargetPercent = null)
{
    public const string Start = "start";
    public const string Pause = "pause";
    public const string Stop = "stop";
    public const string Pacing = "pacing";
}
