namespace Outreach.AnswerClassification.Tones;

/// <summary>
/// Counts consecutive frames in which a tone is present and reports a run when it ends, bridging a one-frame
/// drop-out (a tone that starts or stops mid-frame, or a phase reversal in ANSam, can miss one frame).
/// </summary>
internal struct ToneRun
{
    private int frames;
    private int missed;

    /// <summary>Frames in the current run (0 when no tone).</summary>
    public readonly int Frames => frames;

    /// <summary>Frames in the current run as milliseconds.</summary>
    public readonly int Milliseconds => frames * AudioFrame.Milliseconds;

    /// <summary>Feeds one frame; returns the length in frames of a run that just ended, else 0.</summary>
    public int Step(bool present, int maxGapFrames = 1)
    {
        if (present)
        {
            frames += missed + 1;
            missed = 0;
            return 0;
        }
        if (frames == 0)
            return 0;
        if (++missed <= maxGapFrames)
            return 0;
        var ended = frames;
        frames = 0;
        missed = 0;
        return ended;
    }

    /// <summary>Forgets the current run.</summary>
    public void Reset() => (frames, missed) = (0, 0);
}
