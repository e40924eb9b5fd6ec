namespace Outreach.Segmentation.Tabular;

/// <summary>One named column of a <see cref="FeatureTable"/>: numeric or text.</summary>
public abstract class TableColumn(string name)
{
    public string Name { get; } = name;

    /// <summary>Number of rows held.</summary>
    public abstract int Count { get; }

    /// <summary>True when row <paramref name="row"/> is blank.</summary>
    public abstract bool IsMissing(int row);
}
