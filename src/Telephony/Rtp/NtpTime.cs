namespace Outreach.Telephony.Rtp;

/// <summary>64-bit NTP timestamps for RTCP (RFC 3550 §4): seconds since 1900 and a 32-bit fraction.</summary>
public static class NtpTime
{
    private static readonly DateTimeOffset Epoch = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static ulong From(DateTimeOffset time)
    {
        var ticks = (time - Epoch).Ticks;
        var seconds = (ulong)(ticks / TimeSpan.TicksPerSecond);
        var fraction = (ulong)(ticks % TimeSpan.TicksPerSecond) * (1UL << 32) / TimeSpan.TicksPerSecond;
        return seconds << 32 | fraction;
    }

    /// <summary>The middle 32 bits (16.16 seconds), the unit of LSR, DLSR and the round trip.</summary>
    public static uint Middle(ulong ntp) => (uint)(ntp >> 16);

    public static uint Middle(DateTimeOffset time) => Middle(From(time));

    /// <summary>A duration in units of 1/65536 s.</summary>
    public static uint ToShort(TimeSpan span) => (uint)Math.Clamp(span.Ticks * 65536 / TimeSpan.TicksPerSecond, 0, uint.MaxValue);

    public static TimeSpan FromShort(uint units) => TimeSpan.FromTicks((long)units * TimeSpan.TicksPerSecond / 65536);
}
