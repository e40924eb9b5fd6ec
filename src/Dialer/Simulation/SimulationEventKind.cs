namespace Outreach.Dialer.Simulation;

/// <summary>Things that happen in a simulation, in virtual time.</summary>
internal enum SimulationEventKind
{
    Tick,
    Login,
    Logout,
    CallResolved,
    ConnectDeadline,
    TalkEnded,
    WrapEnded,
}
