namespace Outreach.AnswerClassification.Tones;

/// <summary>
/// The beep after a machine's greeting: a steady tone of <see cref="MinimumHz"/>–<see cref="MaximumHz"/> held
/// 80–1500 ms and ending in a drop to silence, read from the FFT peak of each frame (nearly all the power within
/// two bins of the peak, the peak still from frame to frame). The end of the beep is the end of its last tonal
/// frame, at most one frame from the true end. A voice can look tonal for a few frames — a low voice's strongest
/// harmonic just above the 300 Hz band edge — but it glides and it goes on into more speech rather than dropping.
/// </summary>
public sealed class BeepDetector
{
    public const float MinimumHz = 400;
    public const float MaximumHz = 2000;

    /// <summary>Shortest run of tonal frames: an 80 ms beep that does not start on a frame fills only three.</summary>
    public const int MinimumMilliseconds = 60;

    /// <summary>Longest run of tonal frames: a 1500 ms beep plus a partial frame at each end.</summary>
    public const int MaximumMilliseconds = 1540;

    /// <summary>A run this long is a beep before it ends: no voice holds a pure tone this long.</summary>
    public const int SureMilliseconds = 200;

    /// <summary>
    /// Share of the band's power near the peak for a frame to count as tonal. A sine in line noise 12 dB down keeps
    /// about 0.94; a low voice whose strongest harmonic sits just above the 300 Hz band edge reaches 0.85–0.9.
    /// </summary>
    public const float MinimumPeakShare = 0.9f;

    /// <summary>How far the peak may move from one frame to the next: a beep holds its pitch, a voice glides.</summary>
    public const float MaximumStepHz = 6;

    /// <summary>How far the peak may wander from the beep's first frame.</summary>
    public const float MaximumDriftHz = 30;

    /// <summary>A beep ends in a drop of at least this much (dB) within two frames.</summary>
    public const float EndDropDb = 10;

    private int runFrames;
    private int runEndFrame;
    private float runHz;
    private float lastHz;
    private float toneDb;
    private int endingFrames;
    private int endingEndFrame;
    private float endingHz;
    private float endingToneDb;
    private int frames;

    /// <summary>True while a tone has lasted long enough that it cannot be a voice, and not too long for a beep.</summary>
    public bool Sounding => runFrames * AudioFrame.Milliseconds is >= SureMilliseconds and <= MaximumMilliseconds;

    /// <summary>True once a whole beep was heard.</summary>
    public bool Found { get; private set; }

    /// <summary>Audio time at which the last beep found ended.</summary>
    public TimeSpan EndedAt { get; private set; }

    /// <summary>Frequency of the last beep found, in Hz.</summary>
    public float FoundHz { get; private set; }

    /// <summary>Feeds one frame's facts; true on the frame a whole beep is recognised (one or two frames after it ended).</summary>
    public bool Step(bool isSound, float energyDb, float peakHz, float peakShare)
    {
        frames++;
        var tonal = isSound && peakShare >= MinimumPeakShare && peakHz is >= MinimumHz - 12 and <= MaximumHz + 12;
        if (tonal && runFrames > 0 && Math.Abs(peakHz - runHz) <= MaximumDriftHz && Math.Abs(peakHz - lastHz) <= MaximumStepHz)
        {
            (runFrames, runEndFrame, lastHz, toneDb) = (runFrames + 1, frames, peakHz, energyDb);
            return false;
        }
        // A run of a beep's length has ended; a one-frame run (a tone's tail read at a shifted pitch) does not replace it.
        if (runFrames * AudioFrame.Milliseconds is >= MinimumMilliseconds and <= MaximumMilliseconds)
            (endingFrames, endingEndFrame, endingHz, endingToneDb) = (2, runEndFrame, lastHz, toneDb);
        (runFrames, runHz, lastHz, runEndFrame, toneDb) = tonal ? (1, peakHz, peakHz, frames, energyDb) : (0, 0, 0, 0, 0);
        return Ending(energyDb);
    }

    /// <summary>Back to the state of a new call.</summary>
    public void Reset() =>
        (runFrames, runEndFrame, runHz, lastHz, toneDb, endingFrames, endingEndFrame, endingHz, endingToneDb, frames, Found, EndedAt, FoundHz) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, false, TimeSpan.Zero, 0);

    // Within two frames of a beep-length run's end, a drop towards silence makes it a beep.
    private bool Ending(float energyDb)
    {
        if (endingFrames == 0)
            return false;
        endingFrames--;
        if (energyDb > endingToneDb - EndDropDb)
            return false;
        endingFrames = 0;
        (Found, EndedAt, FoundHz) = (true, AudioFrame.TimeAt(endingEndFrame), endingHz);
        return true;
    }
}
