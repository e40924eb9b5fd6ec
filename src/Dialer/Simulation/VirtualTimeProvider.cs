namespace Outreach.Dialer.Simulation;

/// <summary>A clock that only moves when the simulator's event loop moves it.</summary>
public sealed class VirtualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private long _elapsedTicks;

    /// <summary>The instant the simulation starts.</summary>
    public DateTimeOffset Start { get; } = start;

    /// <summary>Simulated seconds since the start.</summary>
    public double Seconds => _elapsedTicks / (double)TimeSpan.TicksPerSecond;

    /// <summary>Moves the clock to <paramref name="seconds"/> after the start (never backwards).</summary>
    public void MoveTo(double seconds)
    {
        var ticks = (long)(seconds * TimeSpan.TicksPerSecond);
        if (ticks > _elapsedTicks) _elapsedTicks = ticks;
    }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => Start.AddTicks(_elapsedTicks);

    /// <inheritdoc />
    public override long GetTimestamp() => _elapsedTicks;

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;
}
