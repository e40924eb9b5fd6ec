namespace Outreach.Segmentation.Propensity;

/// <summary>A training row as ML.NET's in-memory loader reads it.</summary>
internal sealed class LabeledRow
{
    public bool Label { get; set; }

    public float[] Features { get; set; } = [];
}
