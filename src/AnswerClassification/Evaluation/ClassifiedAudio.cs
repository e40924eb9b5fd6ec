namespace Outreach.AnswerClassification.Evaluation;

/// <summary>What the classifier made of a whole recording: its decision and, for a machine, when the message would start.</summary>
public sealed record ClassifiedAudio(AnswerDecision Decision, TimeSpan? MessageStart)
{
    /// <summary>
    /// Feeds <paramref name="samples"/> (8 kHz PCM16) frame by frame until the classifier is finished or the audio
    /// ends; audio that ends undecided is unknown at its end.
    /// </summary>
    public static ClassifiedAudio Of(ReadOnlySpan<short> samples, AnswerClassifier classifier)
    {
        classifier.Reset();
        for (var start = 0; start < samples.Length && !classifier.Finished; start += AudioFrame.Samples)
            classifier.Push(samples.Slice(start, Math.Min(AudioFrame.Samples, samples.Length - start)));
        var decision = classifier.Decision ?? new AnswerDecision(AnswerKind.Unknown, 0, classifier.AudioTime, AnswerReason.TimeLimit);
        return new ClassifiedAudio(decision, classifier.MessageStart);
    }
}
