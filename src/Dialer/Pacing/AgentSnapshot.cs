namespace Outreach.Dialer.Pacing;

/// <summary>One logged-in agent at a pacing tick.</summary>
/// <param name="State">What the agent is doing.</param>
/// <param name="InState">Time in the current state: talking since the connect, wrapping up since the talk ended.</param>
/// <param name="FreeIn">
/// When this busy agent will be free. Only the simulator knows it, for the oracle bound (<see cref="PredictivePacer.Oracle"/>):
/// the live engine leaves it null and paces on <paramref name="InState"/> and the learnt distributions.
/// </param>
public readonly record struct AgentSnapshot(AgentState State, TimeSpan InState, TimeSpan? FreeIn = null)
{
    /// <summary>True while the agent handles a call (talking or wrapping up).</summary>
    public bool IsBusy => State is AgentState.Talking or AgentState.WrapUp;
}
