namespace Outreach.Telephony.Rtp;

/// <summary>
/// The adaptive jitter buffer's limits: it starts at <see cref="Initial"/> (40 ms) and steers between
/// <see cref="Minimum"/> (20 ms) and <see cref="Maximum"/> (200 ms) after the measured jitter and late packets.
/// </summary>
public sealed record JitterBufferSettings
{
    public static JitterBufferSettings Default { get; } = new();

    public TimeSpan Initial { get; init; } = TimeSpan.FromMilliseconds(40);

    public TimeSpan Minimum { get; init; } = TimeSpan.FromMilliseconds(20);

    public TimeSpan Maximum { get; init; } = TimeSpan.FromMilliseconds(200);

    public Packetisation Packetisation { get; init; } = Packetisation.Default;

    /// <summary>The target is this many times the RFC 3550 interarrival jitter (then rounded up to whole frames).</summary>
    public double JitterMultiple { get; init; } = 3;

    /// <summary>Packets measured before the jitter estimate replaces the initial target.</summary>
    public int WarmUpPackets { get; init; } = 50;

    /// <summary>Frames over which the buffered depth is averaged before one frame is dropped or stretched.</summary>
    public int AdaptationWindow { get; init; } = 25;

    /// <summary>Missing frames in a row played as a repeat of the last good one; after that, silence.</summary>
    public int ConcealFrames { get; init; } = 2;

    internal int FramesOf(TimeSpan delay) =>
        Math.Max(1, (int)Math.Ceiling(delay.TotalMilliseconds / Packetisation.PtimeMs - 1e-9));
}
