using Outreach.Segmentation.Tabular;

namespace Outreach.Segmentation.Clustering;

/// <summary>
/// Segments a base with ML.NET k-means over standardised features. K is the value in
/// [MinK, MaxK] with the lowest Davies–Bouldin index on a seeded sample; the final model is trained
/// on a larger sample and every row is assigned to its nearest centroid.
/// </summary>
public sealed class KMeansSegmenter
{
    public SegmentationResult Segment(FeatureTable table, ClusteringOptions? options = null,
        IProgress<AnalysisProgress>? progress = null, CancellationToken ct = default)
    {
        options ??= new ClusteringOptions();
        if (options.MinK < 2 || options.MaxK < options.MinK)
            throw new ArgumentException("K range must satisfy 2 <= MinK <= MaxK", nameof(options));
        if (table.RowCount < options.MinK * 2)
            throw new InvalidDataException($"too few rows to cluster: {table.RowCount}");
        progress?.Report(new AnalysisProgress("encoding", 0));
        var encoding = FeatureEncoding.Fit(table, options.ExcludedColumns, standardize: true);
        if (encoding.Slots.Count == 0)
            throw new InvalidDataException("no usable feature columns: every column is constant, blank or an identifier");
        var matrix = encoding.Encode(table, ct);
        var candidates = ChooseK(matrix, options, progress, ct);
        var k = candidates.MinBy(c => c.DaviesBouldin)!.K;
        progress?.Report(new AnalysisProgress("training", 0.7));
        var training = RowSampling.Sample(matrix.Rows, options.TrainingRows, options.Seed + 1);
        var centroids = MlKMeans.TrainBest(matrix.RowsAt(training), k, options.Seed, options.Restarts);
        progress?.Report(new AnalysisProgress("assigning", 0.85));
        var assignments = NearestCentroid.AssignAll(matrix, centroids, ct);
        progress?.Report(new AnalysisProgress("describing", 0.95));
        var clusters = ClusterDescriber.Describe(matrix, assignments, centroids.Length);
        progress?.Report(new AnalysisProgress("done", 1));
        return new SegmentationResult(centroids.Length, candidates, clusters, assignments, new ClusterModel(encoding, centroids));
    }

    private static IReadOnlyList<KCandidate> ChooseK(FeatureMatrix matrix, ClusteringOptions options,
        IProgress<AnalysisProgress>? progress, CancellationToken ct)
    {
        var sample = RowSampling.Sample(matrix.Rows, options.SelectionRows, options.Seed);
        var rows = matrix.RowsAt(sample);
        var maxK = Math.Min(options.MaxK, sample.Length / 2);
        var candidates = new List<KCandidate>();
        for (var k = options.MinK; k <= maxK; k++)
        {
            ct.ThrowIfCancellationRequested();
            var centroids = MlKMeans.TrainBest(rows, k, options.Seed, options.Restarts);
            candidates.Add(new KCandidate(k, Math.Round(DaviesBouldin.Compute(matrix, sample, centroids), 4)));
            progress?.Report(new AnalysisProgress($"trying K={k}", 0.7 * (k - options.MinK + 1) / (maxK - options.MinK + 1)));
        }
        return candidates;
    }
}
