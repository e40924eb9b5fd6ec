namespace Outreach.Dialer.Engine;

/// <summary>What a campaign grain checkpoints: the agents that served it (asked to announce themselves again after a
/// restart), the pause reason and the last alert. Status lives in the campaigns table; counts in attempts.</summary>
[GenerateSerializer, Alias("Outreach.CampaignGrainState")]
public sealed class CampaignGrainState
{
    [Id(0)] public HashSet<int> Agents { get; set; } = [];
    [Id(1)] public string? PauseReason { get; set; }
    [Id(2)] public string? Alert { get; set; }
}
