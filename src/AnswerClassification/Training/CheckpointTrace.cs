using Outreach.AnswerClassification.Deciding;
using Outreach.AnswerClassification.Features;
using Outreach.AnswerClassification.Model;

namespace Outreach.AnswerClassification.Training;

/// <summary>
/// What one recording looks like to the trained decider: the feature vector at each checkpoint, and the decision
/// the rest of the classifier (tones, beep, dead air, time limit) reaches without the model and when.
/// </summary>
internal sealed record CheckpointTrace(AnswerKind Truth, IReadOnlyList<(int Frames, float[] Features)> Checkpoints, AnswerDecision OtherDecision)
{
    /// <summary>The model's checkpoints: from <paramref name="firstMilliseconds"/> every <paramref name="stepMilliseconds"/>, while words have been heard.</summary>
    public static CheckpointTrace Of(TrainingAudio audio, RuleOptions limits, int firstMilliseconds, int stepMilliseconds)
    {
        // A model that never decides lets the tone, beep and silence stages run alone.
        var silent = new AnswerModel { FeatureNames = AnswerFeatures.Names, Trees = [], MachineThreshold = 2, HumanThreshold = -1 };
        var classifier = new AnswerClassifier(new ClassifierOptions { Decider = DeciderKind.Model, Model = silent, Rules = limits });
        var first = AudioFrame.FramesIn(firstMilliseconds);
        var step = AudioFrame.FramesIn(stepMilliseconds);
        var total = AudioFrame.FramesIn(limits.TotalAnalysisMilliseconds);
        var checkpoints = new List<(int, float[])>();
        var samples = audio.Samples.AsSpan();
        for (var frame = 1; frame <= total && frame * AudioFrame.Samples <= samples.Length; frame++)
        {
            classifier.Push(samples.Slice((frame - 1) * AudioFrame.Samples, AudioFrame.Samples));
            if (frame < first || (frame - first) % step != 0 || !classifier.Speech.HasWords)
                continue;
            var vector = new float[AnswerFeatures.Count];
            AnswerFeatures.Fill(classifier.Speech, vector);
            checkpoints.Add((frame, vector));
        }
        var other = classifier.Decision ?? new AnswerDecision(AnswerKind.Unknown, 0, classifier.AudioTime, AnswerReason.TimeLimit);
        return new CheckpointTrace(audio.Truth, checkpoints, other);
    }

    /// <summary>The streaming decision with these probabilities at the checkpoints and these thresholds.</summary>
    public (AnswerKind Kind, int Frames) Decide(IReadOnlyList<double> probabilities, AnswerModel model)
    {
        var otherFrames = (int)Math.Round(OtherDecision.At.TotalMilliseconds / AudioFrame.Milliseconds);
        for (var i = 0; i < Checkpoints.Count; i++)
        {
            var frames = Checkpoints[i].Frames;
            if (frames >= otherFrames)
                break;
            if (model.DecideAt(probabilities[i], Checkpoints[i].Features) is { } kind)
                return (kind, frames);
        }
        return (OtherDecision.Kind, otherFrames);
    }
}
