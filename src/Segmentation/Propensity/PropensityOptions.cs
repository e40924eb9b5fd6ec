namespace Outreach.Segmentation.Propensity;

/// <summary>Settings of a propensity training run on past campaign outcomes.</summary>
public sealed record PropensityOptions
{
    /// <summary>The outcome column (accepted or not).</summary>
    public required string LabelColumn { get; init; }

    /// <summary>A row identifier, left out of the features.</summary>
    public string? IdColumn { get; init; }

    /// <summary>
    /// The label value that means "accepted". When null: a number above 0, or one of
    /// 1, true, yes, y, accepted, accept, positive (any case).
    /// </summary>
    public string? PositiveValue { get; init; }

    /// <summary>Share of rows held out to measure AUC; the split is stratified and seeded.</summary>
    public double TestFraction { get; init; } = 0.2;

    public int Seed { get; init; } = 42;

    public int NumberOfTrees { get; init; } = 100;

    public int NumberOfLeaves { get; init; } = 20;
}
