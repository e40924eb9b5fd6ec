namespace Outreach.Telephony.Rtp;

/// <summary>
/// An adaptive jitter buffer for one audio stream of fixed-duration frames. Packets are pushed as they arrive (any order),
/// one frame is popped per frame period. It reorders, drops duplicates and late packets, conceals a missing frame by
/// repeating the last, and steers its depth to a target computed from the measured jitter and late arrivals.
/// Push (receive loop) and Pop (pacing tick) may run on different threads.
/// </summary>
public sealed class JitterBuffer
{
    private const int Capacity = 32; // slots, a power of two: 640 ms of 20 ms frames
    private const int LateBoostDecayFrames = 100;

    private readonly JitterBufferSettings _settings;
    private readonly TimeProvider _time;
    private readonly long _origin;
    private readonly Slot[] _slots = new Slot[Capacity];
    private readonly Lock _gate = new();
    private readonly int _minFrames;
    private readonly int _maxFrames;
    private byte[] _last = new byte[160];
    private int _lastLength;
    private bool _hasPackets;
    private bool _playing;
    private ushort _nextSeq;
    private ushort _newestSeq;
    private int _missesInRow;
    private double _jitterMs;
    private double _lastArrivalMs;
    private uint _lastTimestamp;
    private int _measured;
    private int _lateBoost;
    private int _popsSinceLate;
    private int _windowPops;
    private long _windowDepth;

    public JitterBuffer(JitterBufferSettings settings, TimeProvider time)
    {
        _settings = settings;
        _time = time;
        _origin = time.GetTimestamp();
        _minFrames = settings.FramesOf(settings.Minimum);
        _maxFrames = Math.Min(settings.FramesOf(settings.Maximum), Capacity / 2);
        TargetFrames = Math.Clamp(settings.FramesOf(settings.Initial), _minFrames, _maxFrames);
    }

    public int TargetFrames { get; private set; }

    public TimeSpan TargetDelay => TargetFrames * _settings.Packetisation.FrameDuration;

    /// <summary>RFC 3550-style smoothed interarrival jitter of the pushed audio packets, in milliseconds.</summary>
    public double JitterMs { get { lock (_gate) return _jitterMs; } }

    public JitterBufferCounters Counters { get; } = new();

    /// <summary>Frames buffered from the next one to play up to the newest received.</summary>
    public int Depth { get { lock (_gate) return CurrentDepth(); } }

    /// <summary>Stores an audio packet's payload for playout at its sequence number's turn.</summary>
    public PushOutcome Push(ushort sequence, uint timestamp, ReadOnlySpan<byte> payload)
    {
        lock (_gate)
        {
            Measure(timestamp);
            return Store(sequence, timestamp, payload, gap: false);
        }
    }

    /// <summary>Marks a sequence number used by a non-audio packet (an RFC 4733 event), so its turn plays silence instead of a loss.</summary>
    public PushOutcome PushGap(ushort sequence, uint timestamp)
    {
        lock (_gate) return Store(sequence, timestamp, [], gap: true);
    }

    /// <summary>The next frame period's output, its payload written to <paramref name="destination"/>.</summary>
    public JitterFrame Pop(Span<byte> destination)
    {
        lock (_gate)
        {
            UpdateTarget();
            if (!_playing)
            {
                if (!_hasPackets || CurrentDepth() < TargetFrames) return Silent();
                _playing = true;
            }
            if (Adapt(destination) is { } stretched) return stretched;
            if (CurrentDepth() == 0)
            {
                _playing = false; // an underrun: buffer up to the target again before playing on
                Counters.Underruns++;
                return Silent();
            }
            return Take(destination);
        }
    }

    private PushOutcome Store(ushort sequence, uint timestamp, ReadOnlySpan<byte> payload, bool gap)
    {
        Counters.Pushed++;
        var outcome = PushOutcome.Accepted;
        if (!_hasPackets) Restart(sequence);
        var ahead = SequenceNumbers.Distance(_nextSeq, sequence);
        if (ahead < 0)
        {
            if (_playing || CurrentDepth() - ahead > Capacity) return Late();
            _nextSeq = sequence; // before playout starts an earlier packet may still open the stream
        }
        else if (ahead >= Capacity)
        {
            Restart(sequence);
            Counters.Resynchronised++;
            outcome = PushOutcome.Resynchronised;
        }
        ref var slot = ref _slots[sequence & (Capacity - 1)];
        if (slot.Filled && slot.Sequence == sequence)
        {
            Counters.Duplicates++;
            return PushOutcome.Duplicate;
        }
        slot.Fill(sequence, timestamp, payload, gap);
        if (SequenceNumbers.IsNewer(sequence, _newestSeq)) _newestSeq = sequence;
        return outcome;
    }

    private PushOutcome Late()
    {
        Counters.Late++;
        _lateBoost = Math.Min(_lateBoost + 1, _maxFrames);
        _popsSinceLate = 0;
        return PushOutcome.Late;
    }

    private JitterFrame Take(Span<byte> destination)
    {
        ref var slot = ref _slots[_nextSeq & (Capacity - 1)];
        var sequence = _nextSeq++;
        if (slot.Filled && slot.Sequence == sequence)
        {
            slot.Filled = false;
            _missesInRow = 0;
            if (slot.Gap) return new JitterFrame(FrameKind.Silence, 0, sequence, slot.Timestamp);
            Counters.Played++;
            Remember(slot.Payload);
            slot.Payload.CopyTo(destination);
            return new JitterFrame(FrameKind.Audio, slot.Length, sequence, slot.Timestamp);
        }
        Counters.Missing++;
        return ++_missesInRow <= _settings.ConcealFrames ? Conceal(destination, sequence) : Silent(sequence);
    }

    /// <summary>Once per window: a frame dropped when the depth stayed above target, a repeat inserted when below.</summary>
    private JitterFrame? Adapt(Span<byte> destination)
    {
        var depth = CurrentDepth();
        if (depth > _maxFrames + 1)
        {
            while (CurrentDepth() > TargetFrames) Discard();
            return null;
        }
        _windowDepth += depth;
        if (++_windowPops < _settings.AdaptationWindow) return null;
        var average = (double)_windowDepth / _windowPops;
        _windowPops = 0;
        _windowDepth = 0;
        if (average >= TargetFrames + 1 && depth >= 2)
        {
            Discard();
            return null;
        }
        if (average <= TargetFrames - 1 && _lastLength > 0)
        {
            Counters.Stretched++;
            return Conceal(destination, (ushort)(_nextSeq - 1));
        }
        return null;
    }

    private void Discard()
    {
        _slots[_nextSeq & (Capacity - 1)].Filled = false;
        _nextSeq++;
        Counters.Dropped++;
    }

    private void UpdateTarget()
    {
        if (_lateBoost > 0 && ++_popsSinceLate >= LateBoostDecayFrames)
        {
            _lateBoost--;
            _popsSinceLate = 0;
        }
        var measured = _measured < _settings.WarmUpPackets
            ? _settings.FramesOf(_settings.Initial)
            : _settings.FramesOf(TimeSpan.FromMilliseconds(_settings.JitterMultiple * _jitterMs));
        TargetFrames = Math.Clamp(measured + _lateBoost, _minFrames, _maxFrames);
    }

    /// <summary>RFC 3550 A.8 on arrival time against media time, in milliseconds.</summary>
    private void Measure(uint timestamp)
    {
        var arrivalMs = _time.GetElapsedTime(_origin).TotalMilliseconds;
        if (_measured++ > 0)
        {
            var mediaMs = SequenceNumbers.TimestampDistance(_lastTimestamp, timestamp) * 1000.0 / _settings.Packetisation.ClockRate;
            var d = Math.Abs(arrivalMs - _lastArrivalMs - mediaMs);
            _jitterMs += (d - _jitterMs) / 16;
        }
        _lastArrivalMs = arrivalMs;
        _lastTimestamp = timestamp;
    }

    private void Restart(ushort sequence)
    {
        for (var i = 0; i < Capacity; i++) _slots[i].Filled = false;
        _hasPackets = true;
        _playing = false;
        _nextSeq = sequence;
        _newestSeq = sequence;
    }

    private int CurrentDepth() => _hasPackets ? Math.Max(0, SequenceNumbers.Distance(_nextSeq, _newestSeq) + 1) : 0;

    private void Remember(ReadOnlySpan<byte> payload)
    {
        if (_last.Length < payload.Length) _last = new byte[payload.Length];
        payload.CopyTo(_last);
        _lastLength = payload.Length;
    }

    private JitterFrame Conceal(Span<byte> destination, ushort sequence)
    {
        if (_lastLength == 0) return Silent(sequence);
        Counters.Concealed++;
        _last.AsSpan(0, _lastLength).CopyTo(destination);
        return new JitterFrame(FrameKind.Concealed, _lastLength, sequence, 0);
    }

    private static JitterFrame Silent(ushort sequence = 0) => new(FrameKind.Silence, 0, sequence, 0);

    private struct Slot
    {
        private byte[]? _data;

        public bool Filled;
        public bool Gap;
        public ushort Sequence;
        public uint Timestamp;
        public int Length;

        public readonly ReadOnlySpan<byte> Payload => _data.AsSpan(0, Length);

        public void Fill(ushort sequence, uint timestamp, ReadOnlySpan<byte> payload, bool gap)
        {
            if (_data is null || _data.Length < payload.Length) _data = new byte[Math.Max(160, payload.Length)];
            payload.CopyTo(_data);
            (Filled, Gap, Sequence, Timestamp, Length) = (true, gap, sequence, timestamp, payload.Length);
        }
    }
}

/// <summary>Running counts of a jitter buffer, for the call's statistics.</summary>
public sealed class JitterBufferCounters
{
    public long Pushed { get; internal set; }
    public long Played { get; internal set; }
    public long Missing { get; internal set; }
    public long Concealed { get; internal set; }
    public long Late { get; internal set; }
    public long Duplicates { get; internal set; }
    public long Dropped { get; internal set; }
    public long Stretched { get; internal set; }
    public long Underruns { get; internal set; }
    public long Resynchronised { get; internal set; }
}
