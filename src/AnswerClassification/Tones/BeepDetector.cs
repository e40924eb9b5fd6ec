namespace Outreach.AnswerClassification.Tones;

/// <summary>
/// The beep after a machine's greeting: a steady tone of <see cref="MinimumHz"/>–<see cref="MaximumHz"/> held 80–1500 ms, read from the FFT peak of each frame
/// (nearly all the power within two bins of the peak, the peak moving less than <see cref="MaximumDriftHz"/>).
/// The end of the beep is the end of its last tonal frame, at most one frame after the true end.
/// </summary>
public sealed class BeepDetector
{
    public const float MinimumHz = 400;
    public const float MaximumHz = 2000;

    /// <summary>Shortest run of tonal frames: an 80 ms beep that does not start on a frame fills only three.</summary>
    public const int MinimumMilliseconds = 60;

    /// <summary>Longest run of tonal frames: a 1500 ms beep plus a partial frame at each end.</summary>
    public const int MaximumMilliseconds = 1540;

    /// <summary>Share of the band's power near the peak for a frame to count as tonal (speech stays well below).</summary>
    public const float MinimumPeakShare = 0.8f;

    /// <summary>How far the peak may wander from the beep's first frame.</summary>
    public const float MaximumDriftHz = 40;

    private int runFrames;
    private int runEndFrame;
    private float runHz;
    private int frames;

    /// <summary>True while a tone has lasted at least the minimum and not yet the maximum.</summary>
    public bool Sounding => runFrames * AudioFrame.Milliseconds is >= MinimumMilliseconds and <= MaximumMilliseconds;

    /// <summary>True once a whole beep was heard.</summary>
    public bool Found { get; private set; }

    /// <summary>Audio time at which the last beep found ended.</summary>
    public TimeSpan EndedAt { get; private set; }

    /// <summary>Frequency of the last beep found, in Hz.</summary>
    public float FoundHz { get; private set; }

    /// <summary>Feeds one frame's facts; true on the frame a whole beep is recognised (the frame after it ended).</summary>
    public bool Step(bool isSound, float peakHz, float peakShare)
    {
        frames++;
        // The peak is read to about a third of a 31 Hz bin: allow that much at the band edges.
        var tonal = isSound && peakShare >= MinimumPeakShare && peakHz is >= MinimumHz - 12 and <= MaximumHz + 12;
        if (tonal && (runFrames == 0 || Math.Abs(peakHz - runHz) <= MaximumDriftHz))
        {
            if (runFrames++ == 0)
                runHz = peakHz;
            runEndFrame = frames;
            return false;
        }
        var whole = Sounding;
        if (whole)
            (Found, EndedAt, FoundHz) = (true, AudioFrame.TimeAt(runEndFrame), runHz);
        (runFrames, runHz) = tonal ? (1, peakHz) : (0, 0);
        if (tonal)
            runEndFrame = frames;
        return whole;
    }

    /// <summary>Back to the state of a new call.</summary>
    public void Reset() => (runFrames, runEndFrame, runHz, frames, Found, EndedAt, FoundHz) = (0, 0, 0, 0, false, TimeSpan.Zero, 0);
}
