namespace Outreach.Dialer.Routing;

/// <summary>Where an agent is in their shift (A1).</summary>
[GenerateSerializer, Alias("Outreach.AgentState")]
public enum AgentState
{
    LoggedOut,
    Ready,
    /// <summary>Picked for a live call that is being bridged.</summary>
    Reserved,
    OnCall,
    WrapUp,
    /// <summary>Logged in but not taking calls, with a reason.</summary>
    Paused,
}
