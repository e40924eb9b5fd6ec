namespace Outreach.Telephony.Media;

/// <summary>
/// One leg talking to us: each tick sends the current prompt's next frame, or silence when nothing plays, and records
/// the peer on the left channel and what we sent on the right when a recorder is given.
/// </summary>
public sealed class MediaPlayback : IPacedMedia
{
    private readonly short[] _heard;
    private readonly short[] _said;
    private readonly CallRecorder? _recorder;
    private PromptPlayer? _player;
    private readonly Lock _gate = new(); // Stop may come from a signalling thread while a tick runs
    private volatile bool _finished;

    public MediaPlayback(MediaLeg leg, CallRecorder? recorder = null)
    {
        Leg = leg;
        _recorder = recorder;
        _heard = new short[leg.SamplesPerFrame];
        _said = new short[leg.SamplesPerFrame];
    }

    public MediaLeg Leg { get; }

    public bool Finished => _finished;

    public CallMediaStatistics Statistics() => new(Leg.Session.Statistics());

    /// <summary>True while a prompt is still playing.</summary>
    public bool Playing => Volatile.Read(ref _player) is { Finished: false };

    /// <summary>Starts a prompt (replacing one that plays).</summary>
    public void Play(Prompt prompt, bool loop = false) => Volatile.Write(ref _player, new PromptPlayer(prompt, loop));

    public event Action<char>? DigitReceived;

    public void Tick()
    {
        lock (_gate) TickLocked();
    }

    private void TickLocked()
    {
        if (_finished) return;
        Leg.ReadFrame(_heard);
        if (Volatile.Read(ref _player) is not { } player || !player.Read(_said)) Array.Clear(_said);
        _recorder?.Write(_heard, _said);
        while (Leg.TryTakeDigit(out var digit)) DigitReceived?.Invoke(digit.Digit);
        Leg.WriteFrame(_said);
    }

    public void Stop()
    {
        lock (_gate) StopLocked();
    }

    private void StopLocked()
    {
        if (_finished) return;
        _finished = true;
        Leg.SayGoodbye();
        _recorder?.Dispose();
    }
}
