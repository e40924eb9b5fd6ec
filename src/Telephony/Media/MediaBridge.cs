namespace Outreach.Telephony.Media;

/// <summary>How a bridge moves audio between its legs.</summary>
public enum BridgeMode
{
    /// <summary>Each packet is sent on as it arrives (transcoded when the codecs differ); the far ends' jitter buffers absorb the jitter.</summary>
    Relay,

    /// <summary>Each tick, a frame from each leg's jitter buffer is re-encoded and sent on the other: re-clocked, one frame per 20 ms.</summary>
    Paced,
}

/// <summary>
/// Bridges two legs: audio heard on one leg is sent on the other (PCMU and PCMA legs transcode), relayed as it arrives
/// or re-clocked through the jitter buffers (<see cref="BridgeMode"/>). DTMF heard on a leg reaches the other (the
/// events relayed, or re-sent from the digit when paced) and is surfaced through <see cref="DigitReceived"/>. An optional
/// recorder takes, each tick, leg A from its jitter buffer on the left channel and leg B on the right.
/// </summary>
public sealed class MediaBridge : IPacedMedia
{
    private readonly short[] _fromA;
    private readonly short[] _fromB;
    private readonly CallRecorder? _recorder;
    private readonly Lock _gate = new(); // Stop may come from a signalling thread while a tick runs
    private volatile bool _finished;

    public MediaBridge(MediaLeg a, MediaLeg b, CallRecorder? recorder = null, BridgeMode mode = BridgeMode.Relay)
    {
        A = a;
        B = b;
        Mode = mode;
        _recorder = recorder;
        if (mode == BridgeMode.Relay)
        {
            a.Session.Forwarder = new RtpRelay(a, b);
            b.Session.Forwarder = new RtpRelay(b, a);
        }
        _fromA = new short[a.SamplesPerFrame];
        _fromB = new short[b.SamplesPerFrame];
    }

    public MediaLeg A { get; }

    public MediaLeg B { get; }

    public BridgeMode Mode { get; }

    /// <summary>A digit heard on a leg (raised on the pacing thread; keep the handler short).</summary>
    public event Action<MediaLeg, char>? DigitReceived;

    public bool Finished => _finished;

    /// <summary>Both legs' RTP/RTCP figures: leg A first.</summary>
    public CallMediaStatistics Statistics() => new(A.Session.Statistics(), B.Session.Statistics());

    public void Tick()
    {
        lock (_gate) TickLocked();
    }

    private void TickLocked()
    {
        if (_finished) return;
        A.ReadFrame(_fromA);
        B.ReadFrame(_fromB);
        _recorder?.Write(_fromA, _fromB);
        Relay(A, B);
        Relay(B, A);
        if (Mode == BridgeMode.Relay)
        {
            A.TickRelayed();
            B.TickRelayed();
            return;
        }
        B.WriteFrame(_fromA);
        A.WriteFrame(_fromB);
    }

    /// <summary>Stops the bridge: both legs say BYE in RTCP and the recording is closed.</summary>
    public void Stop()
    {
        lock (_gate) StopLocked();
    }

    private void StopLocked()
    {
        if (_finished) return;
        _finished = true;
        A.Session.Forwarder = null;
        B.Session.Forwarder = null;
        A.SayGoodbye();
        B.SayGoodbye();
        _recorder?.Dispose();
    }

    private void Relay(MediaLeg from, MediaLeg to)
    {
        while (from.TryTakeDigit(out var digit))
        {
            if (Mode == BridgeMode.Paced) to.SendDigits(digit.Digit.ToString()); // relayed events went on already
            DigitReceived?.Invoke(from, digit.Digit);
        }
    }
}
