using NAudio.Codecs;
using Outreach.AnswerClassification.Deciding;
using Outreach.AnswerClassification.Dsp;
using Outreach.AnswerClassification.Features;
using Outreach.AnswerClassification.Model;
using Outreach.AnswerClassification.Tones;

namespace Outreach.AnswerClassification;

/// <summary>
/// Classifies one answered call from its audio as it arrives: feed it 8 kHz audio (PCM16 or G.711) in any
/// slices; it works in 20 ms frames and sets <see cref="Decision"/> once it is sure (or unknown at the time
/// limit), then, for a machine, <see cref="MessageStart"/>: the end of the beep, or the end of the closing
/// silence. One instance per call leg; not thread-safe; nothing is allocated per frame.
/// </summary>
public sealed class AnswerClassifier
{
    private readonly ClassifierOptions options;
    private readonly IAnswerDecider decider;
    private readonly Spectrum spectrum = new();
    private readonly NoiseFloor floor = new();
    private readonly FaxToneDetector fax = new();
    private readonly SitDetector sit = new();
    private readonly BeepDetector beep = new();
    private readonly SpeechTracker speech;
    private readonly short[] pending = new short[AudioFrame.Samples];
    private readonly float[] frame = new float[AudioFrame.Samples];
    private readonly int totalFrames;
    private readonly int closingSilenceFrames;
    private readonly int cueLimitFrames;
    private int pendingCount;
    private float? previousToneDb;
    private int steadyFrames;
    private long framesHeard;
    private readonly ToneDelayLine delayLine = new();
    private float steadyHz;

    /// <summary>A classifier with <paramref name="options"/> (defaults when null).</summary>
    public AnswerClassifier(ClassifierOptions? options = null)
    {
        this.options = options ??= new ClassifierOptions();
        var problems = options.Rules.Problems();
        if (problems.Count > 0)
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        speech = new SpeechTracker(options.Rules);
        decider = options.Decider == DeciderKind.Model
            ? new ModelDecider(options.Model ?? AnswerModel.Default ?? throw new InvalidOperationException("no trained model is embedded; run `outreach amd train`"), options.Rules)
            : new RuleDecider(options.Rules);
        totalFrames = AudioFrame.FramesIn(options.Rules.TotalAnalysisMilliseconds);
        closingSilenceFrames = AudioFrame.FramesIn(options.ClosingSilenceMilliseconds);
        cueLimitFrames = AudioFrame.FramesIn(options.MessageCueLimitMilliseconds);
    }

    /// <summary>The decision, once made.</summary>
    public AnswerDecision? Decision { get; private set; }

    /// <summary>For a machine: the audio time at which to start the message, once known.</summary>
    public TimeSpan? MessageStart { get; private set; }

    /// <summary>Audio heard so far, in whole frames.</summary>
    public TimeSpan AudioTime => AudioFrame.TimeAt(framesHeard);

    /// <summary>The speech features so far (read-only view for the curious and the trainer).</summary>
    public SpeechTracker Speech => speech;

    /// <summary>True when nothing more is expected: decided, and for a machine the message cue found or given up.</summary>
    public bool Finished => Decision is { } d && (d.Kind != AnswerKind.Machine || MessageStart is not null || framesHeard >= cueLimitFrames);

    /// <summary>Feeds linear PCM16 samples, any number.</summary>
    public ClassifierEvents Push(ReadOnlySpan<short> samples)
    {
        var events = ClassifierEvents.None;
        while (!samples.IsEmpty)
        {
            var take = Math.Min(samples.Length, AudioFrame.Samples - pendingCount);
            samples[..take].CopyTo(pending.AsSpan(pendingCount));
            samples = samples[take..];
            pendingCount += take;
            if (pendingCount < AudioFrame.Samples)
                break;
            pendingCount = 0;
            AudioFrame.ToFloat(pending, frame);
            events |= Step(frame);
        }
        return events;
    }

    /// <summary>Feeds G.711 μ-law bytes (PCMU), any number.</summary>
    public ClassifierEvents PushMuLaw(ReadOnlySpan<byte> encoded) => PushG711(encoded, aLaw: false);

    /// <summary>Feeds G.711 A-law bytes (PCMA), any number.</summary>
    public ClassifierEvents PushALaw(ReadOnlySpan<byte> encoded) => PushG711(encoded, aLaw: true);

    /// <summary>Back to the state of a new call, keeping every buffer.</summary>
    public void Reset()
    {
        (Decision, MessageStart, pendingCount, previousToneDb, steadyFrames, steadyHz, framesHeard) = (null, null, 0, null, 0, 0, 0);
        delayLine.Reset();
        floor.Reset();
        fax.Reset();
        sit.Reset();
        beep.Reset();
        speech.Reset();
        decider.Reset();
    }

    private ClassifierEvents PushG711(ReadOnlySpan<byte> encoded, bool aLaw)
    {
        Span<short> decoded = stackalloc short[AudioFrame.Samples];
        var events = ClassifierEvents.None;
        while (!encoded.IsEmpty)
        {
            var chunk = encoded[..Math.Min(encoded.Length, AudioFrame.Samples)];
            if (aLaw)
                ALawDecoder.Decode(chunk, decoded);
            else
                MuLawDecoder.Decode(chunk, decoded);
            events |= Push(decoded[..chunk.Length]);
            encoded = encoded[chunk.Length..];
        }
        return events;
    }

    private ClassifierEvents Step(ReadOnlySpan<float> samples)
    {
        var meanSquare = AudioFrame.MeanSquare(samples);
        var energyDb = AudioFrame.PowerToDb(meanSquare);
        floor.Step(energyDb);
        var sound = energyDb >= Math.Max(options.Rules.SilenceThresholdDb, floor.Db + options.Rules.VoiceMarginDb);
        // Only sound has a shape worth the FFT: the features read it from speech frames, the tone checks from sound.
        if (sound)
            spectrum.Analyse(samples);
        else
            spectrum.Clear();
        var run = SteadyRun(sound);
        var facts = new FrameFacts(energyDb, floor.Db, sound, TailOfTone(sound, energyDb, run), spectrum.CentroidHz, spectrum.Flatness, spectrum.LowShare, spectrum.HighShare);
        framesHeard++;
        if (delayLine.Push(facts, run, out var ready))
            speech.Step(ready);
        fax.Step(samples, meanSquare);
        sit.Step(samples, meanSquare);
        beep.Step(sound, energyDb, spectrum.PeakHz, spectrum.PeakShare);
        var events = ClassifierEvents.None;
        if (Decision is null && (Decision = Decide()) is not null)
            events |= ClassifierEvents.Decided;
        if (MessageStart is null && Decision?.Kind == AnswerKind.Machine && (MessageStart = Cue()) is not null)
            events |= ClassifierEvents.MessageCue;
        return events;
    }

    private AnswerDecision? Decide()
    {
        var at = AudioTime;
        if (sit.Detected)
            return new(AnswerKind.Sit, 0.99f, at, AnswerReason.SpecialInformationTone, sit.Code);
        if (fax.Detected != FaxToneKind.None && !speech.HasWords)
            return new(AnswerKind.Fax, 0.99f, at, fax.Detected == FaxToneKind.Cng ? AnswerReason.FaxCng : AnswerReason.FaxCed);
        if (speech.HasWords && (beep.Sounding || beep.Found))
            return new(AnswerKind.Machine, 0.97f, at, AnswerReason.Beep);
        if (decider.Decide(speech) is { } decision)
            return decision with { At = at };
        return framesHeard >= totalFrames ? new(AnswerKind.Unknown, 0f, at, AnswerReason.TimeLimit) : null;
    }

    private TimeSpan? Cue()
    {
        if (beep.Found)
            return beep.EndedAt;
        if (!beep.Sounding && speech.TrailingSilenceFrames >= closingSilenceFrames)
            return AudioTime;
        return null;
    }

    // How many frames, this one included, have held one still tonal peak (see ToneDelayLine).
    private int SteadyRun(bool sound)
    {
        var tonal = sound && spectrum.PeakShare >= BeepDetector.MinimumPeakShare;
        steadyFrames = tonal && Math.Abs(spectrum.PeakHz - steadyHz) <= BeepDetector.MaximumStepHz ? steadyFrames + 1 : tonal ? 1 : 0;
        steadyHz = spectrum.PeakHz;
        return steadyFrames;
    }

    // The frame a tone ends in is mostly that tone's tail, so it counts with the tone.
    private bool TailOfTone(bool sound, float energyDb, int run)
    {
        var tail = sound && run < ToneDelayLine.ToneFrames && previousToneDb is { } last && energyDb < last;
        previousToneDb = run >= ToneDelayLine.ToneFrames ? energyDb : null;
        return tail;
    }

}
