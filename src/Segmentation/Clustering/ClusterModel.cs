using Outreach.Segmentation.Tabular;

namespace Outreach.Segmentation.Clustering;

/// <summary>A trained segmentation: the feature encoding and the centroids. Assigns new rows to segments.</summary>
public sealed class ClusterModel(FeatureEncoding encoding, float[][] centroids)
{
    public FeatureEncoding Encoding { get; } = encoding;

    /// <summary>Centroids in encoded (standardised) feature space.</summary>
    public IReadOnlyList<float[]> Centroids { get; } = centroids;

    /// <summary>The segment of every row of a table with the same columns as the training table.</summary>
    public int[] Assign(FeatureTable table, CancellationToken ct = default) =>
        NearestCentroid.AssignAll(Encoding.Encode(table, ct), centroids, ct);
}
