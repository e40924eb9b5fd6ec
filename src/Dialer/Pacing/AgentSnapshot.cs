namespace Outreach.Dialer.Pacing;

/// <summary>One logged-in agent at a pacing tick.</summary>
/// <param name="State">What the agent is doing.</param>
/// <param name="InState">Time in the current state: talking since the connect, wrapping up since the talk ended.</param>
public readonly record struct AgentSnapshot(AgentState State, TimeSpan InState)
{
    /// <summary>True while the agent handles a call (talking or wrapping up).</summary>
    public bool IsBusy => State is AgentState.Talking or AgentState.WrapUp;
}
