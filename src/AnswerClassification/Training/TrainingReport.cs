namespace Outreach.AnswerClassification.Training;

/// <summary>
/// A trained model with what went into it: the checkpoint rows trained on, the largest gap between the exported
/// trees and ML.NET's own probabilities, and the tuning result in words.
/// </summary>
public sealed record TrainingReport(Model.AnswerModel Model, int Rows, double MaximumDeviation, string Tuning);
