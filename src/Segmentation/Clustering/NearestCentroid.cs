using Outreach.Segmentation.Tabular;

namespace Outreach.Segmentation.Clustering;

/// <summary>Assigns rows to their nearest centroid (squared Euclidean distance).</summary>
internal static class NearestCentroid
{
    public static int Of(ReadOnlySpan<float> row, float[][] centroids)
    {
        var best = 0;
        var bestDistance = double.MaxValue;
        for (var c = 0; c < centroids.Length; c++)
        {
            var distance = SquaredDistance(row, centroids[c]);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = c;
            }
        }
        return best;
    }

    public static double SquaredDistance(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var d = a[i] - b[i];
            sum += d * d;
        }
        return sum;
    }

    /// <summary>Every row of the matrix, in parallel: the part of a run that grows with the base size.</summary>
    public static int[] AssignAll(FeatureMatrix matrix, float[][] centroids, CancellationToken ct)
    {
        var assignments = new int[matrix.Rows];
        var options = new ParallelOptions { CancellationToken = ct };
        Parallel.For(0, (matrix.Rows + 8191) / 8192, options, block =>
        {
            var end = Math.Min(matrix.Rows, (block + 1) * 8192);
            for (var r = block * 8192; r < end; r++)
                assignments[r] = Of(matrix.Row(r), centroids);
        });
        return assignments;
    }
}
