namespace Outreach.Telephony.Rtp;

/// <summary>How audio is cut into RTP packets: the codec's clock rate and the packet duration (20 ms → 160 samples at 8 kHz).</summary>
public sealed record Packetisation(int ClockRate = 8000, int PtimeMs = 20)
{
    public static Packetisation Default { get; } = new();

    public int SamplesPerFrame => ClockRate * PtimeMs / 1000;

    public TimeSpan FrameDuration => TimeSpan.FromMilliseconds(PtimeMs);
}
