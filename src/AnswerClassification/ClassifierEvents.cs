namespace Outreach.AnswerClassification;

/// <summary>What a push of audio brought: the decision, the moment to start a machine's message, or both.</summary>
[Flags]
public enum ClassifierEvents
{
    None = 0,

    /// <summary><see cref="AnswerClassifier.Decision"/> has just been set.</summary>
    Decided = 1,

    /// <summary><see cref="AnswerClassifier.MessageStart"/> has just been set.</summary>
    MessageCue = 2,
}
