namespace Outreach.Telephony.Media;

/// <summary>Plays a prompt one frame at a time (the pacing tick asks once per 20 ms); silence after its end unless it loops.</summary>
public sealed class PromptPlayer(Prompt prompt, bool loop = false)
{
    private int _position;

    public bool Finished { get; private set; }

    /// <summary>Writes the next frame; false (and silence) once the prompt has ended.</summary>
    public bool Read(Span<short> frame)
    {
        var samples = prompt.Samples.Span;
        if (Finished || samples.Length == 0)
        {
            frame.Clear();
            Finished = true;
            return false;
        }
        var written = 0;
        while (written < frame.Length && !Finished)
        {
            var count = Math.Min(frame.Length - written, samples.Length - _position);
            samples.Slice(_position, count).CopyTo(frame[written..]);
            written += count;
            _position += count;
            if (_position < samples.Length) continue;
            _position = 0;
            Finished = !loop;
        }
        frame[written..].Clear();
        return true;
    }
}
