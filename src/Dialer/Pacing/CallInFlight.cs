namespace Outreach.Dialer.Pacing;

/// <summary>A call placed but not yet connected to an agent nor ended.</summary>
/// <param name="Phase">Dialing or waiting for an agent.</param>
/// <param name="Age">Time since the call was placed.</param>
public readonly record struct CallInFlight(CallPhase Phase, TimeSpan Age);
