namespace Outreach.Segmentation.Clustering;

/// <summary>Settings of a clustering run; the defaults suit a base of millions.</summary>
public sealed record ClusteringOptions
{
    /// <summary>Smallest K tried.</summary>
    public int MinK { get; init; } = 2;

    /// <summary>Largest K tried; more segments than this are hard for a marketer to act on.</summary>
    public int MaxK { get; init; } = 10;

    /// <summary>Rows sampled to compare the candidate K values (Davies–Bouldin on the sample).</summary>
    public int SelectionRows { get; init; } = 20_000;

    /// <summary>Rows sampled to train the final model; every row is then assigned to its nearest centroid.</summary>
    public int TrainingRows { get; init; } = 100_000;

    /// <summary>k-means runs per K from different initialisations; the tightest is kept.</summary>
    public int Restarts { get; init; } = 3;

    /// <summary>Columns that are not features (ids, labels).</summary>
    public IReadOnlyList<string> ExcludedColumns { get; init; } = [];

    public int Seed { get; init; } = 42;
}
