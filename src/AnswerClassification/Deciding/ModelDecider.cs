using Outreach.AnswerClassification.Features;
using Outreach.AnswerClassification.Model;

namespace Outreach.AnswerClassification.Deciding;

/// <summary>
/// The trained decider: at each checkpoint after the first speech it fills the feature vector and asks the
/// model for P(machine); past the machine threshold it is a machine, under the person threshold a person, else
/// it listens on. Dead air is called by the same initial-silence limit as the rules.
/// </summary>
internal sealed class ModelDecider : IAnswerDecider
{
    private readonly AnswerModel model;
    private readonly int initialSilenceFrames;
    private readonly int firstCheckpointFrames;
    private readonly int checkpointFrames;
    private readonly float[] vector = new float[AnswerFeatures.Count];

    public ModelDecider(AnswerModel model, RuleOptions limits)
    {
        this.model = model;
        initialSilenceFrames = AudioFrame.FramesIn(limits.InitialSilenceMilliseconds);
        firstCheckpointFrames = Math.Max(1, AudioFrame.FramesIn(model.FirstCheckpointMilliseconds));
        checkpointFrames = Math.Max(1, AudioFrame.FramesIn(model.CheckpointMilliseconds));
    }

    /// <summary>P(machine) at the last checkpoint asked, NaN before the first.</summary>
    public double LastProbability { get; private set; } = double.NaN;

    public AnswerDecision? Decide(SpeechTracker speech)
    {
        var at = AudioFrame.TimeAt(speech.Frames);
        if (!speech.HasWords)
            return speech.Frames >= initialSilenceFrames ? new(AnswerKind.Silence, 0.9f, at, AnswerReason.InitialSilence) : null;
        if (speech.Frames < firstCheckpointFrames || (speech.Frames - firstCheckpointFrames) % checkpointFrames != 0)
            return null;
        AnswerFeatures.Fill(speech, vector);
        var machine = LastProbability = model.MachineProbability(vector);
        return model.DecideAt(machine, vector) switch
        {
            AnswerKind.Machine => new(AnswerKind.Machine, (float)machine, at, AnswerReason.Model),
            AnswerKind.Human => new(AnswerKind.Human, (float)(1 - machine), at, AnswerReason.Model),
            _ => null,
        };
    }

    public void Reset() => LastProbability = double.NaN;
}
