namespace Outreach.AnswerClassification.Training;

/// <summary>One recording given to the trainer: its 8 kHz PCM16 samples and its true class.</summary>
public sealed record TrainingAudio(string Name, short[] Samples, AnswerKind Truth);
