using Outreach.AnswerClassification.Dsp;

namespace Outreach.AnswerClassification.Tones;

/// <summary>
/// Fax tones by Goertzel: CNG (1100 Hz, a 0.5 s ± 15 % burst; ITU-T T.30) and CED/ANS (2100 Hz held for at
/// least <see cref="CedMinimumMilliseconds"/>; T.30, V.25). CNG is measured on 10 ms halves of each frame so the
/// bin is wide enough for T.30's ±38 Hz; CED on the whole 20 ms frame, narrow enough for V.25's ±15 Hz.
/// </summary>
public sealed class FaxToneDetector
{
    /// <summary>Shortest CNG burst accepted: T.30's 425 ms less a frame for a mid-frame start.</summary>
    public const int CngMinimumMilliseconds = 400;

    /// <summary>Longest CNG burst accepted: T.30's 575 ms plus a frame.</summary>
    public const int CngMaximumMilliseconds = 600;

    /// <summary>CED is called once it has been held this long (ANS lasts 2.6–4.0 s; we need not wait for it all).</summary>
    public const int CedMinimumMilliseconds = 400;

    /// <summary>Share of the frame's power that must lie in the tone's bin.</summary>
    public const float MinimumPurity = 0.5f;

    /// <summary>Quietest tone considered, in dB full scale (T.30 sends at -10 to -15 dBm0; lines lose more).</summary>
    public const float MinimumLevelDb = -50f;

    private readonly Goertzel cng = new(1100);
    private readonly Goertzel ced = new(2100);
    private ToneRun cngRun;
    private ToneRun cedRun;

    /// <summary>The tone found, once found; it stays found.</summary>
    public FaxToneKind Detected { get; private set; }

    /// <summary>Feeds one 20 ms frame and its mean square; true on the frame the tone is first found.</summary>
    public bool Step(ReadOnlySpan<float> frame, float meanSquare)
    {
        if (Detected != FaxToneKind.None)
            return false;
        var loud = AudioFrame.PowerToDb(meanSquare) >= MinimumLevelDb;
        var half = frame.Length / 2;
        var cngHere = loud && HalfPurity(frame[..half]) >= MinimumPurity && HalfPurity(frame[half..]) >= MinimumPurity;
        var cedHere = loud && ced.Purity(frame, meanSquare) >= MinimumPurity;
        var ended = cngRun.Step(cngHere) * AudioFrame.Milliseconds;
        if (ended is >= CngMinimumMilliseconds and <= CngMaximumMilliseconds)
            Detected = FaxToneKind.Cng;
        cedRun.Step(cedHere);
        if (cedRun.Milliseconds >= CedMinimumMilliseconds)
            Detected = FaxToneKind.Ced;
        return Detected != FaxToneKind.None;
    }

    /// <summary>Back to the state of a new call.</summary>
    public void Reset()
    {
        Detected = FaxToneKind.None;
        cngRun.Reset();
        cedRun.Reset();
    }

    private float HalfPurity(ReadOnlySpan<float> half) => cng.Purity(half, AudioFrame.MeanSquare(half));
}
