namespace Outreach.Telephony.Rtp;

/// <summary>
/// Turns received RFC 4733 packets into digits: one digit per event timestamp, reported on the first packet seen of it,
/// so lost start or end packets and the repeated end packets change nothing.
/// </summary>
public sealed class DtmfReceiver
{
    private uint _lastTimestamp;
    private bool _any;

    public long Digits { get; private set; }

    /// <summary>The digit a packet starts, or null for a continuation, a repeat, an old event or a non-DTMF event.</summary>
    public DtmfDigit? Receive(uint timestamp, ReadOnlySpan<byte> payload)
    {
        if (!DtmfEvent.TryRead(payload, out var dtmf)) return null;
        if (_any && SequenceNumbers.TimestampDistance(_lastTimestamp, timestamp) <= 0) return null;
        _any = true;
        _lastTimestamp = timestamp;
        if (dtmf.Digit is not { } digit) return null;
        Digits++;
        return new DtmfDigit(digit, timestamp);
    }
}
