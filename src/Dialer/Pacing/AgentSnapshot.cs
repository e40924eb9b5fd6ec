namespace Outreach.Dialer.Pacing;

/// <summary>One logged-in agent at a pacing tick.</summary>
/// <param name="State">What the agent is doing.</param>
/// <param name="InCall">Time since the current call was connected (talk and wrap-up so far); zero when ready.</param>
public readonly record struct AgentSnapshot(AgentState State, TimeSpan InCall)
{
    /// <summary>True while the agent handles a call (talking or wrapping up).</summary>
    public bool IsBusy => State is AgentState.Talking or AgentState.WrapUp;
}
