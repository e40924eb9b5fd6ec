namespace Outreach.Segmentation.Tabular;

/// <summary>A numeric column; a blank is <see cref="float.NaN"/>.</summary>
public sealed class NumericColumn(string name, float[] values) : TableColumn(name)
{
    /// <summary>Values by row, NaN where blank.</summary>
    public float[] Values { get; } = values;

    public override int Count => Values.Length;

    public override bool IsMissing(int row) => float.IsNaN(Values[row]);
}
