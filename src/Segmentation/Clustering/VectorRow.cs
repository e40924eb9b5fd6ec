namespace Outreach.Segmentation.Clustering;

/// <summary>A row as ML.NET's in-memory loader reads it: a feature vector sized at run time.</summary>
internal sealed class VectorRow
{
    public float[] Features { get; set; } = [];
}
