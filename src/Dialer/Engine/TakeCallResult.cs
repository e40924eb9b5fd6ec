namespace Outreach.Dialer.Engine;

/// <summary>How an agent answered a campaign's offer of a live call.</summary>
[GenerateSerializer, Alias("Outreach.TakeCallResult")]
public enum TakeCallResult
{
    /// <summary>The agent was ready; the call is bridged to the agent's leg.</summary>
    Connected,
    /// <summary>The agent is not ready any more (paused, or took another campaign's call).</summary>
    AgentBusy,
    /// <summary>The subscriber hung up before the bridge; the agent stays ready.</summary>
    CustomerGone,
}
