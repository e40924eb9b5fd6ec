namespace Outreach.Telephony.Rtp;

/// <summary>
/// Sends queued DTMF digits as RFC 4733 events, one packet per 20 ms tick: the first with the marker bit,
/// then updates with a growing duration, all at the event's start timestamp, and the end packet three times.
/// Then a pause before the next digit. While an event is on, the stream sends no audio.
/// </summary>
public sealed class DtmfSender(byte payloadType, TimeSpan tone, TimeSpan pause, Packetisation packetisation)
{
    public const int EndRepeats = 3;
    private const byte Volume = 10; // −10 dBm0, a usual level

    private readonly Queue<byte> _queue = new();
    private readonly int _toneSamples = (int)(tone.TotalSeconds * packetisation.ClockRate);
    private readonly int _pauseFrames = (int)Math.Ceiling(pause / packetisation.FrameDuration);
    private byte _code;
    private uint _timestamp;
    private int _duration;
    private int _endsSent;
    private int _pauseLeft;
    private bool _active;

    public DtmfSender(byte payloadType) : this(payloadType, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(60), Packetisation.Default) { }

    /// <summary>True while an event's packets are going out: the stream mutes its audio then.</summary>
    public bool IsSending => _active;

    public int Queued => _queue.Count;

    /// <summary>Queues digits (0–9, *, #, A–D); anything else is refused with false and nothing queued.</summary>
    public bool Enqueue(string digits)
    {
        var codes = digits.Select(DtmfEvent.CodeOf).ToList();
        if (codes.Any(c => c is null)) return false;
        foreach (var code in codes) _queue.Enqueue(code!.Value);
        return true;
    }

    /// <summary>Writes this tick's event packet, if any, through the stream's sender; 0 when there is none this tick.</summary>
    public int Tick(RtpSender sender, Span<byte> destination)
    {
        if (!_active)
        {
            if (_pauseLeft > 0 && --_pauseLeft > 0 || _queue.Count == 0) return 0;
            Start(_queue.Dequeue(), sender.Timestamp);
        }
        Span<byte> payload = stackalloc byte[DtmfEvent.Length];
        var marker = _duration == 0;
        if (_duration < _toneSamples)
        {
            _duration = Math.Min(_duration + packetisation.SamplesPerFrame, _toneSamples);
            new DtmfEvent(_code, false, Volume, (ushort)_duration).Write(payload);
        }
        else
        {
            new DtmfEvent(_code, true, Volume, (ushort)_duration).Write(payload);
            if (++_endsSent == EndRepeats) Finish();
        }
        var length = sender.WriteAt(destination, payloadType, _timestamp, marker, payload);
        sender.Skip(); // the media clock runs on under the event
        return length;
    }

    private void Start(byte code, uint timestamp)
    {
        (_code, _timestamp, _duration, _endsSent, _active) = (code, timestamp, 0, 0, true);
    }

    private void Finish()
    {
        _active = false;
        _pauseLeft = _pauseFrames + 1;
    }
}
