namespace Outreach.Telephony.Media;

/// <summary>
/// Bridges two legs: each tick, the frame heard on one leg is sent on the other (decoded and re-encoded, so PCMU and PCMA
/// legs transcode), DTMF digits heard on a leg are relayed as events to the other when it negotiated them and surfaced
/// through <see cref="DigitReceived"/>, and an optional recorder takes leg A on the left channel and leg B on the right.
/// </summary>
public sealed class MediaBridge : IPacedMedia
{
    private readonly short[] _fromA;
    private readonly short[] _fromB;
    private readonly CallRecorder? _recorder;
    private readonly Lock _gate = new(); // Stop may come from a signalling thread while a tick runs
    private volatile bool _finished;

    public MediaBridge(MediaLeg a, MediaLeg b, CallRecorder? recorder = null)
    {
        A = a;
        B = b;
        _recorder = recorder;
        _fromA = new short[a.SamplesPerFrame];
        _fromB = new short[b.SamplesPerFrame];
    }

    public MediaLeg A { get; }

    public MediaLeg B { get; }

    /// <summary>A digit heard on a leg (raised on the pacing thread; keep the handler short).</summary>
    public event Action<MediaLeg, char>? DigitReceived;

    public bool Finished => _finished;

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
        A.SayGoodbye();
        B.SayGoodbye();
        _recorder?.Dispose();
    }

    private void Relay(MediaLeg from, MediaLeg to)
    {
        while (from.TryTakeDigit(out var digit))
        {
            to.SendDigits(digit.Digit.ToString());
            DigitReceived?.Invoke(from, digit.Digit);
        }
    }
}
