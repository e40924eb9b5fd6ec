using Outreach.Segmentation.Tabular;

namespace Outreach.Segmentation.Clustering;

/// <summary>
/// Describes each cluster by its most distinctive features: per slot, how far the cluster mean sits
/// from the base mean in base standard deviations (for a category flag that is the share's z-score).
/// </summary>
internal static class ClusterDescriber
{
    /// <summary>Weaker differences than this (in standard deviations) are not worth a word.</summary>
    public const double MinScore = 0.5;

    public const int MaxTraits = 4;

    public static IReadOnlyList<ClusterProfile> Describe(FeatureMatrix matrix, int[] assignments, int k)
    {
        var width = matrix.Width;
        var sums = new double[k, width];
        var counts = new int[k];
        var total = new double[width];
        var totalSquares = new double[width];
        for (var r = 0; r < matrix.Rows; r++)
        {
            var c = assignments[r];
            counts[c]++;
            var row = matrix.Row(r);
            for (var j = 0; j < width; j++)
            {
                sums[c, j] += row[j];
                total[j] += row[j];
                totalSquares[j] += (double)row[j] * row[j];
            }
        }
        var n = Math.Max(1, matrix.Rows);
        var mean = total.Select(t => t / n).ToArray();
        var std = totalSquares.Select((s, j) => Math.Sqrt(Math.Max(1e-12, (s / n) - (mean[j] * mean[j])))).ToArray();
        return Enumerable.Range(0, k)
            .Select(c => Profile(c, counts[c], n, Enumerable.Range(0, width)
                .Select(j => counts[c] == 0 ? 0 : ((sums[c, j] / counts[c]) - mean[j]) / std[j]).ToArray(), matrix.Slots))
            .OrderByDescending(p => p.Size).ThenBy(p => p.Cluster)
            .ToArray();
    }

    private static ClusterProfile Profile(int cluster, int size, int rows, double[] scores, IReadOnlyList<FeatureSlot> slots)
    {
        var traits = scores
            .Select((score, j) => (Slot: slots[j], Score: score))
            .Where(t => t.Slot.IsCategory ? t.Score >= MinScore : Math.Abs(t.Score) >= MinScore)
            .OrderByDescending(t => Math.Abs(t.Score))
            .DistinctBy(t => t.Slot.Column)
            .Take(MaxTraits)
            .Select(t => new ClusterTrait(t.Slot.Name, Math.Round(t.Score, 2), TraitWording.Phrase(t.Slot, t.Score)))
            .ToArray();
        var description = traits.Length == 0 ? "close to the average on every feature" : string.Join(", ", traits.Select(t => t.Phrase));
        return new ClusterProfile(cluster, size, Math.Round((double)size / rows, 4), description, traits);
    }
}
