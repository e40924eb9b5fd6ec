namespace Outreach.AnswerClassification.Features;

/// <summary>
/// Holds the last <see cref="Delay"/> frames back from the speech tracker so that a steady tone can claim its
/// first frames: a tone is known only once <see cref="ToneFrames"/> frames have held one still peak, and by then
/// its first frames would already have been counted as speech. The tracker so runs 60 ms behind the audio.
/// </summary>
internal sealed class ToneDelayLine
{
    /// <summary>Frames held back.</summary>
    public const int Delay = 3;

    /// <summary>Frames a peak must hold still to be a tone rather than a voice's harmonic.</summary>
    public const int ToneFrames = Delay + 1;

    private readonly FrameFacts[] pending = new FrameFacts[Delay + 1];
    private int count;

    /// <summary>
    /// Adds the newest frame, <paramref name="steadyRun"/> being how many frames (this one included) have held a
    /// still tonal peak; returns true with the oldest frame once <see cref="Delay"/> newer ones are held.
    /// </summary>
    public bool Push(in FrameFacts frame, int steadyRun, out FrameFacts ready)
    {
        pending[count++] = frame;
        if (steadyRun >= ToneFrames)
            for (var i = Math.Max(0, count - steadyRun); i < count; i++)
                pending[i] = pending[i] with { IsTone = true };
        if (count <= Delay)
        {
            ready = default;
            return false;
        }
        ready = pending[0];
        Array.Copy(pending, 1, pending, 0, Delay);
        count = Delay;
        return true;
    }

    /// <summary>Forgets the frames held.</summary>
    public void Reset() => count = 0;
}
