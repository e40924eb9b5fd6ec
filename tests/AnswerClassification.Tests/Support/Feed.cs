using Outreach.AnswerClassification.Tones;

namespace Outreach.AnswerClassification.Tests.Support;

/// <summary>Runs a detector over a whole signal frame by frame and says when it first fired.</summary>
internal static class Feed
{
    /// <summary>Audio time (ms, end of frame) at which the step first returned true, or null.</summary>
    public static int? FirstHit(float[] signal, Func<float[], float, bool> step)
    {
        var frames = 0;
        foreach (var frame in Signal.Frames(signal))
        {
            frames++;
            if (step(frame, Signal.MeanSquare(frame)))
                return frames * AudioFrame.Milliseconds;
        }
        return null;
    }

    public static int? Fax(float[] signal, FaxToneDetector detector) => FirstHit(signal, (f, m) => detector.Step(f, m));

    public static int? Sit(float[] signal, SitDetector detector) => FirstHit(signal, (f, m) => detector.Step(f, m));

    public static string Dtmf(float[] signal, DtmfDetector detector) =>
        new(Signal.Frames(signal).Select(f => detector.Step(f)).Where(c => c != '\0').ToArray());
}
