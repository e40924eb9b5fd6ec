using Outreach.AnswerClassification;

namespace Outreach.Benchmarks.AnswerClassification;

/// <summary>The reference for the cost of the features: a bare energy-only voice detector with a fixed threshold, fed the same frames.</summary>
internal sealed class EnergyVad
{
    private readonly float[] frame = new float[AudioFrame.Samples];
    private int voiced;

    public int VoicedFrames => voiced;

    public void Push(ReadOnlySpan<short> pcm)
    {
        AudioFrame.ToFloat(pcm, frame);
        if (AudioFrame.EnergyDb(frame) > -45)
            voiced++;
    }

    public void Reset() => voiced = 0;
}
