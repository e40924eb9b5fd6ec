namespace Outreach.Telephony.Rtp;

/// <summary>
/// What one RTP source sent us, per RFC 3550 appendix A.1 (sequence validity and wrap), A.3 (loss) and A.8 (interarrival jitter).
/// The source is known from signalling, so there is no probation: the first packet starts the count.
/// </summary>
public sealed class ReceptionStatistics(int clockRate)
{
    private const int MaxDropout = 3000;
    private const int MaxMisorder = 100;
    private const uint SequenceModulo = 1 << 16;

    private ushort _maxSeq;
    private uint _cycles;
    private uint _baseSeq;
    private uint _badSeq = SequenceModulo + 1;
    private uint _expectedPrior;
    private uint _receivedPrior;
    private double _lastTransit;
    private bool _started;

    public uint Received { get; private set; }

    /// <summary>Interarrival jitter in timestamp units (RFC 3550 A.8).</summary>
    public double Jitter { get; private set; }

    public double JitterMs => Jitter * 1000 / clockRate;

    public uint ExtendedHighestSequence => _cycles + _maxSeq;

    public uint Expected => _started ? ExtendedHighestSequence - _baseSeq + 1 : 0;

    /// <summary>Packets expected less packets received (duplicates count as received, so it can go below zero).</summary>
    public int CumulativeLost => (int)Math.Clamp((long)Expected - Received, -0x800000, 0x7FFFFF);

    /// <summary>Counts a packet and updates the jitter; false when it is outside the valid window (RFC 3550 A.1) and not counted.</summary>
    public bool Update(ushort seq, uint rtpTimestamp, TimeSpan arrival)
    {
        if (!_started)
        {
            Restart(seq);
            _started = true;
            _lastTransit = Transit(rtpTimestamp, arrival);
            Received++;
            return true;
        }
        var delta = (ushort)(seq - _maxSeq);
        if (delta < MaxDropout)
        {
            if (seq < _maxSeq) _cycles += SequenceModulo;
            _maxSeq = seq;
        }
        else if (delta <= SequenceModulo - MaxMisorder)
        {
            // A very large jump: restart only if the next packet confirms the new numbering.
            if (seq != _badSeq)
            {
                _badSeq = (uint)(seq + 1) & (SequenceModulo - 1);
                return false;
            }
            Restart(seq);
        }
        Received++;
        UpdateJitter(rtpTimestamp, arrival);
        return true;
    }

    /// <summary>The fraction lost since the previous report (RFC 3550 A.3), as the 8-bit fixed-point value of a report block.</summary>
    public byte TakeFractionLost()
    {
        var expected = Expected;
        var expectedInterval = expected - _expectedPrior;
        var receivedInterval = Received - _receivedPrior;
        _expectedPrior = expected;
        _receivedPrior = Received;
        var lostInterval = (long)expectedInterval - receivedInterval;
        return expectedInterval == 0 || lostInterval <= 0 ? (byte)0 : (byte)((lostInterval << 8) / expectedInterval);
    }

    private void Restart(ushort seq)
    {
        _baseSeq = seq;
        _maxSeq = seq;
        _badSeq = SequenceModulo + 1;
        _cycles = 0;
        Received = 0;
        _receivedPrior = 0;
        _expectedPrior = 0;
    }

    private void UpdateJitter(uint rtpTimestamp, TimeSpan arrival)
    {
        var transit = Transit(rtpTimestamp, arrival);
        var d = Math.Abs(transit - _lastTransit);
        _lastTransit = transit;
        Jitter += (d - Jitter) / 16;
    }

    /// <summary>Arrival in timestamp units less the RTP timestamp; the 32-bit timestamp is unwrapped against the last transit.</summary>
    private double Transit(uint rtpTimestamp, TimeSpan arrival)
    {
        var arrivalUnits = arrival.TotalSeconds * clockRate;
        var transit = arrivalUnits - rtpTimestamp;
        // Bring the difference to the same 2^32 lap as the last one, so a timestamp wrap is not a 2^32 jump.
        var laps = Math.Round((transit - _lastTransit) / 4294967296.0);
        return transit - laps * 4294967296.0;
    }
}
