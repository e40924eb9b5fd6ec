using Outreach.Dialer.Routing;

namespace Outreach.Dialer.Engine;

/// <summary>What an agent grain checkpoints: its session, campaigns by priority, the held call and today's figures.</summary>
[GenerateSerializer, Alias("Outreach.AgentGrainState")]
public sealed class AgentGrainState
{
    [Id(0)] public AgentState State { get; set; } = AgentState.LoggedOut;
    [Id(1)] public DateTimeOffset Since { get; set; }
    [Id(2)] public string? PauseReason { get; set; }
    [Id(3)] public AgentCall? Call { get; set; }

    /// <summary>Campaigns served, highest priority first.</summary>
    [Id(4)] public List<long> Campaigns { get; set; } = [];

    [Id(5)] public DateOnly Day { get; set; }
    [Id(6)] public int Calls { get; set; }
    [Id(7)] public TimeSpan Talk { get; set; }
    [Id(8)] public TimeSpan Wait { get; set; }
    [Id(9)] public TimeSpan WrapUp { get; set; }
    [Id(10)] public DateTimeOffset? TalkEndedAt { get; set; }
    /// <summary>Preview mode: the contact shown and not yet called, or being called.</summary>
    [Id(11)] public PreviewContact? Preview { get; set; }
    /// <summary>Preview mode: how the agent's last preview call ended when it never reached them.</summary>
    [Id(12)] public string? PreviewNote { get; set; }
    /// <summary>The agent's skills as read at log-in (D4 routing).</summary>
    [Id(13)] public List<string> Skills { get; set; } = [];
}
