namespace Outreach.Telephony.Rtp;

/// <summary>
/// The sending half of one RTP stream: SSRC, the next sequence number and the media clock.
/// Sequence numbers and timestamps start where the caller says (RFC 3550 asks for random starts; the caller owns the randomness).
/// </summary>
public sealed class RtpSender(uint ssrc, ushort firstSequence, uint firstTimestamp, Packetisation packetisation)
{
    private ushort _sequence = firstSequence;
    private bool _talkspurtStarted;

    public uint Ssrc { get; } = ssrc;

    public Packetisation Packetisation { get; } = packetisation;

    /// <summary>The timestamp of the next audio frame; it advances one frame per tick whether or not a packet went out.</summary>
    public uint Timestamp { get; private set; } = firstTimestamp;

    public ushort NextSequence => _sequence;

    public uint PacketCount { get; private set; }

    public uint OctetCount { get; private set; }

    /// <summary>Writes the next audio packet (marker on the first of a talkspurt) and advances the clock by one frame.</summary>
    public int WriteAudio(Span<byte> destination, byte payloadType, ReadOnlySpan<byte> payload)
    {
        var header = new RtpHeader(!_talkspurtStarted, payloadType, _sequence++, Timestamp, Ssrc);
        _talkspurtStarted = true;
        Timestamp += (uint)Packetisation.SamplesPerFrame;
        return Count(header.Write(destination, payload), payload.Length);
    }

    /// <summary>Writes a packet with a timestamp of the caller's (an RFC 4733 event keeps the timestamp of its start).</summary>
    public int WriteAt(Span<byte> destination, byte payloadType, uint timestamp, bool marker, ReadOnlySpan<byte> payload) =>
        Count(new RtpHeader(marker, payloadType, _sequence++, timestamp, Ssrc).Write(destination, payload), payload.Length);

    /// <summary>Writes a relayed packet at its own (mapped) timestamp; the media clock continues from the frame after it.</summary>
    public int WriteRelayed(Span<byte> destination, byte payloadType, uint timestamp, bool marker, ReadOnlySpan<byte> payload, bool isEvent)
    {
        var length = WriteAt(destination, payloadType, timestamp, marker, payload);
        _talkspurtStarted = true;
        if (!isEvent) Timestamp = timestamp + (uint)payload.Length; // G.711: one byte per sample
        return length;
    }

    /// <summary>Lets a frame's time pass without sending (hold, silence); the next packet starts a talkspurt with the marker set.</summary>
    public void Skip()
    {
        Timestamp += (uint)Packetisation.SamplesPerFrame;
        _talkspurtStarted = false;
    }

    private int Count(int length, int payloadLength)
    {
        PacketCount++;
        OctetCount += (uint)payloadLength;
        return length;
    }
}
