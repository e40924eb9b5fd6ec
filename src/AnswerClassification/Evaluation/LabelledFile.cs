namespace Outreach.AnswerClassification.Evaluation;

/// <summary>One line of a labels.csv: a file, its true class, and where its beep ends if it has one.</summary>
public sealed record LabelledFile(string File, AnswerKind Truth, double? BeepEndSeconds);
