namespace Outreach.Dialer.Pacing;

/// <summary>What a logged-in agent is doing, as far as pacing is concerned.</summary>
public enum AgentState
{
    /// <summary>Waiting for a call.</summary>
    Ready,
    /// <summary>Held for a call that is being dialled for this agent (preview).</summary>
    Reserved,
    /// <summary>On a call with a subscriber.</summary>
    Talking,
    /// <summary>After the call, filling in the disposition.</summary>
    WrapUp,
}
