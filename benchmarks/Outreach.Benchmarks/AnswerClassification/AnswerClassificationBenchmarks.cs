using BenchmarkDotNet.Attributes;
using Outreach.AnswerClassification;
using Outreach.AnswerClassification.Deciding;
using Outreach.AnswerClassification.Dsp;
using Outreach.AnswerClassification.Model;
using Outreach.AnswerClassification.Tones;

namespace Outreach.Benchmarks.AnswerClassification;

/// <summary>
/// Cost per 20 ms frame of the whole classifier with each decider and of each detector, with allocations.
/// Every benchmark feeds the 350 frames of a 7 s greeting; BenchmarkDotNet divides by them.
/// </summary>
[MemoryDiagnoser]
public class AnswerClassificationBenchmarks
{
    private const int Frames = 350;
    private short[] pcm = [];
    private float[][] floats = [];
    private float[] meanSquares = [];
    private AnswerClassifier rules = null!;
    private AnswerClassifier model = null!;
    private AnswerClassifier modelAlwaysAsking = null!;
    private readonly FaxToneDetector fax = new();
    private readonly SitDetector sit = new();
    private readonly DtmfDetector dtmf = new();
    private readonly BeepDetector beep = new();
    private readonly Spectrum spectrum = new();
    private readonly EnergyVad vad = new();

    [GlobalSetup]
    public void Setup()
    {
        pcm = CallAudio.Greeting(5, seed: 1)[..(Frames * AudioFrame.Samples)];
        floats = Enumerable.Range(0, Frames).Select(f =>
        {
            var frame = new float[AudioFrame.Samples];
            AudioFrame.ToFloat(pcm.AsSpan(f * AudioFrame.Samples, AudioFrame.Samples), frame);
            return frame;
        }).ToArray();
        meanSquares = floats.Select(f => f.Sum(s => s * s) / f.Length).ToArray();
        rules = new AnswerClassifier(new ClassifierOptions { Decider = DeciderKind.Rules });
        model = new AnswerClassifier(new ClassifierOptions { Decider = DeciderKind.Model });
        // Thresholds it never reaches: the model is asked at every checkpoint of the 7 s, the worst case.
        modelAlwaysAsking = new AnswerClassifier(new ClassifierOptions { Decider = DeciderKind.Model, Model = AnswerModel.Default! with { MachineThreshold = 2, HumanThreshold = -1 } });
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Frames)]
    public int Energy_only_vad_reference()
    {
        vad.Reset();
        for (var f = 0; f < Frames; f++)
            vad.Push(pcm.AsSpan(f * AudioFrame.Samples, AudioFrame.Samples));
        return vad.VoicedFrames;
    }

    [Benchmark(OperationsPerInvoke = Frames)]
    public ClassifierEvents Classifier_rules() => Feed(rules);

    [Benchmark(OperationsPerInvoke = Frames)]
    public ClassifierEvents Classifier_ml() => Feed(model);

    [Benchmark(OperationsPerInvoke = Frames)]
    public ClassifierEvents Classifier_ml_asked_at_every_checkpoint() => Feed(modelAlwaysAsking);

    [Benchmark(OperationsPerInvoke = Frames)]
    public float Spectrum_fft_256()
    {
        var sum = 0f;
        foreach (var frame in floats)
        {
            spectrum.Analyse(frame);
            sum += spectrum.PeakShare;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Frames)]
    public bool Fax_tone_detector()
    {
        fax.Reset();
        var found = false;
        for (var f = 0; f < Frames; f++)
            found |= fax.Step(floats[f], meanSquares[f]);
        return found;
    }

    [Benchmark(OperationsPerInvoke = Frames)]
    public bool Sit_detector()
    {
        sit.Reset();
        var found = false;
        for (var f = 0; f < Frames; f++)
            found |= sit.Step(floats[f], meanSquares[f]);
        return found;
    }

    [Benchmark(OperationsPerInvoke = Frames)]
    public int Dtmf_detector()
    {
        dtmf.Reset();
        var digits = 0;
        foreach (var frame in floats)
            digits += dtmf.Step(frame) == '\0' ? 0 : 1;
        return digits;
    }

    [Benchmark(OperationsPerInvoke = Frames)]
    public bool Beep_detector_after_spectrum()
    {
        beep.Reset();
        var found = false;
        for (var f = 0; f < Frames; f++)
        {
            spectrum.Analyse(floats[f]);
            found |= beep.Step(meanSquares[f] > 1e-5f, AudioFrame.PowerToDb(meanSquares[f]), spectrum.PeakHz, spectrum.PeakShare);
        }
        return found;
    }

    private ClassifierEvents Feed(AnswerClassifier classifier)
    {
        classifier.Reset();
        var events = ClassifierEvents.None;
        for (var f = 0; f < Frames; f++)
            events |= classifier.Push(pcm.AsSpan(f * AudioFrame.Samples, AudioFrame.Samples));
        return events;
    }
}
