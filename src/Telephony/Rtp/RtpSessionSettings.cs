namespace Outreach.Telephony.Rtp;

/// <summary>One RTP session's identity and formats. SSRC, first sequence and first timestamp are the caller's (random per RFC 3550).</summary>
public sealed record RtpSessionSettings
{
    public required uint Ssrc { get; init; }

    public ushort FirstSequence { get; init; }

    public uint FirstTimestamp { get; init; }

    /// <summary>The SDES CNAME, e.g. "outreach@host"; stable for our process.</summary>
    public string Cname { get; init; } = "outreach";

    public required byte AudioPayloadType { get; init; }

    public byte? TelephoneEventPayloadType { get; init; }

    public Packetisation Packetisation { get; init; } = Packetisation.Default;

    public JitterBufferSettings JitterBuffer { get; init; } = JitterBufferSettings.Default;
}

/// <summary>What became of a received RTP datagram.</summary>
public enum ReceiveOutcome
{
    Audio,
    Event,
    Malformed,
    UnknownPayloadType,
}
