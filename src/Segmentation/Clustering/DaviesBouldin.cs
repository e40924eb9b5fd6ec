using Outreach.Segmentation.Tabular;

namespace Outreach.Segmentation.Clustering;

/// <summary>
/// The Davies–Bouldin index: the mean, over clusters, of the worst ratio of summed spreads to
/// centroid distance. Lower means tighter, better separated clusters; it is the criterion for K.
/// </summary>
internal static class DaviesBouldin
{
    public static double Compute(FeatureMatrix matrix, IReadOnlyList<int> rows, float[][] centroids)
    {
        var k = centroids.Length;
        var spread = new double[k];
        var count = new int[k];
        foreach (var r in rows)
        {
            var row = matrix.Row(r);
            var c = NearestCentroid.Of(row, centroids);
            spread[c] += Math.Sqrt(NearestCentroid.SquaredDistance(row, centroids[c]));
            count[c]++;
        }
        for (var c = 0; c < k; c++)
            spread[c] = count[c] == 0 ? 0 : spread[c] / count[c];
        double total = 0;
        for (var i = 0; i < k; i++)
        {
            var worst = 0.0;
            for (var j = 0; j < k; j++)
            {
                if (i == j)
                    continue;
                var separation = Math.Sqrt(NearestCentroid.SquaredDistance(centroids[i], centroids[j]));
                worst = Math.Max(worst, separation < 1e-12 ? double.MaxValue : (spread[i] + spread[j]) / separation);
            }
            total += worst;
        }
        return total / k;
    }
}
