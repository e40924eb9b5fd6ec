namespace Outreach.Dialer.Engine;

/// <summary>
/// The time the engine's grains and services read. A wrapper rather than the container's <see cref="TimeProvider"/>
/// so that tests can put the engine on virtual time without moving Orleans' own timers with it.
/// </summary>
public sealed class EngineClock(TimeProvider time)
{
    public TimeProvider Time { get; } = time;

    public DateTimeOffset Now => Time.GetUtcNow();
}
