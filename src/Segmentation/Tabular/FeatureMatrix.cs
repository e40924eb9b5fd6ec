namespace Outreach.Segmentation.Tabular;

/// <summary>Rows × slots of floats, row-major, no missing values: what the ML code consumes.</summary>
public sealed class FeatureMatrix(IReadOnlyList<FeatureSlot> slots, float[] values)
{
    public IReadOnlyList<FeatureSlot> Slots { get; } = slots;

    /// <summary>Row-major values: row r starts at r × <see cref="Width"/>.</summary>
    public float[] Values { get; } = values;

    public int Width => Slots.Count;

    public int Rows => Width == 0 ? 0 : Values.Length / Width;

    public ReadOnlySpan<float> Row(int row) => Values.AsSpan(row * Width, Width);

    /// <summary>Copies some rows out as arrays, the shape ML.NET's in-memory loader wants.</summary>
    public float[][] RowsAt(IReadOnlyList<int> rows) => rows.Select(r => Row(r).ToArray()).ToArray();
}
