namespace Outreach.Telephony.Rtp;

/// <summary>One reception report block of an SR or RR (RFC 3550 §6.4.1).</summary>
public readonly record struct ReportBlock(
    uint Ssrc, byte FractionLost, int CumulativeLost, uint ExtendedHighestSequence, uint Jitter,
    uint LastSenderReport, uint DelaySinceLastSenderReport)
{
    public const int Length = 24;

    /// <summary>The fraction lost as a share from 0 to 1.</summary>
    public double FractionLostShare => FractionLost / 256.0;
}

/// <summary>The sender information of an SR: wall clock, media clock and what was sent so far.</summary>
public readonly record struct SenderInfo(ulong NtpTimestamp, uint RtpTimestamp, uint PacketCount, uint OctetCount);

/// <summary>What a compound RTCP datagram said: the reporter, its SR information, report blocks, CNAMEs and BYE.</summary>
public sealed record RtcpReport
{
    public required uint Ssrc { get; init; }

    public SenderInfo? Sender { get; init; }

    public IReadOnlyList<ReportBlock> Blocks { get; init; } = [];

    public IReadOnlyDictionary<uint, string> Cnames { get; init; } = new Dictionary<uint, string>();

    /// <summary>The sources that said goodbye, empty when there was no BYE.</summary>
    public IReadOnlyList<uint> Bye { get; init; } = [];

    public string? ByeReason { get; init; }
}

/// <summary>RTCP packet types (RFC 3550 §12.1).</summary>
public enum RtcpPacketType : byte
{
    SenderReport = 200,
    ReceiverReport = 201,
    SourceDescription = 202,
    Goodbye = 203,
    Application = 204,
}
