namespace Outreach.AnswerClassification.Evaluation;

/// <summary>One file's truth beside what a decider made of it.</summary>
public sealed record EvaluatedFile(string File, AnswerKind Truth, double? BeepEndSeconds, ClassifiedAudio Result)
{
    public bool Correct => Result.Decision.Kind == Truth;

    public double DecisionSeconds => Result.Decision.At.TotalSeconds;

    /// <summary>For a file with a beep: the message would start within <paramref name="toleranceSeconds"/> of the beep's end.</summary>
    public bool BeepFound(double toleranceSeconds) =>
        BeepEndSeconds is { } end && Result.MessageStart is { } start && Math.Abs(start.TotalSeconds - end) <= toleranceSeconds;
}
