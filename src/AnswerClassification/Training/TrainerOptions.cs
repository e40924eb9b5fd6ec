namespace Outreach.AnswerClassification.Training;

/// <summary>How the answer model is trained and tuned.</summary>
public sealed record TrainerOptions
{
    public int Seed { get; init; } = 16;
    public int Trees { get; init; } = 120;
    public int Leaves { get; init; } = 16;
    public int MinimumExamplesPerLeaf { get; init; } = 20;
    public double LearningRate { get; init; } = 0.1;
    public int FirstCheckpointMilliseconds { get; init; } = 500;
    public int CheckpointMilliseconds { get; init; } = 100;

    /// <summary>Thresholds are chosen among those keeping at least this share of the tuning humans human.</summary>
    public double MinimumHumanRecall { get; init; } = 0.995;
}
