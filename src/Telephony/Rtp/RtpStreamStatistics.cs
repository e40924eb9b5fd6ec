namespace Outreach.Telephony.Rtp;

/// <summary>One RTP stream's figures for a call: what we sent, what arrived, loss and jitter both ways, round trip and playout.</summary>
public sealed record RtpStreamStatistics
{
    public uint Ssrc { get; init; }

    public uint? RemoteSsrc { get; init; }

    public long PacketsSent { get; init; }

    public long OctetsSent { get; init; }

    public long PacketsReceived { get; init; }

    public long PacketsExpected { get; init; }

    /// <summary>RFC 3550 cumulative packets lost (expected less received).</summary>
    public long CumulativeLost { get; init; }

    /// <summary>Lost over expected since the stream began, 0–1.</summary>
    public double LossRate => PacketsExpected == 0 ? 0 : Math.Max(0, CumulativeLost) / (double)PacketsExpected;

    /// <summary>The fraction lost of the last report interval (8-bit RFC 3550 value over 256).</summary>
    public double FractionLost { get; init; }

    /// <summary>RFC 3550 A.8 interarrival jitter of what we receive, in milliseconds.</summary>
    public double JitterMs { get; init; }

    /// <summary>From LSR/DLSR of the peer's last report about us, when it sent one.</summary>
    public double? RoundTripMs { get; init; }

    /// <summary>The peer's view of our stream, from its last report block about us.</summary>
    public double? RemoteFractionLost { get; init; }

    public double? RemoteJitterMs { get; init; }

    public long Late { get; init; }

    public long Duplicates { get; init; }

    public long Concealed { get; init; }

    public long Malformed { get; init; }

    public double JitterBufferTargetMs { get; init; }

    public long DigitsReceived { get; init; }
}
