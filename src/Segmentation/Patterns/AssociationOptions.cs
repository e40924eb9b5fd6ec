namespace Outreach.Segmentation.Patterns;

/// <summary>Settings of association mining.</summary>
public sealed record AssociationOptions
{
    /// <summary>A pattern must hold for at least this share of all rows to be shown.</summary>
    public double MinSupport { get; init; } = 0.01;

    /// <summary>Share at or above which a number counts as "high" (0.75: the top quarter).</summary>
    public double HighQuantile { get; init; } = 0.75;

    /// <summary>How many rules to return, strongest lift first.</summary>
    public int Top { get; init; } = 20;

    /// <summary>Most frequent values of a text column that become items.</summary>
    public int MaxCategoriesPerColumn { get; init; } = 20;

    /// <summary>Columns that are not behaviour (ids, names).</summary>
    public IReadOnlyList<string> ExcludedColumns { get; init; } = [];
}
