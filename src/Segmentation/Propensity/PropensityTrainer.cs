using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Outreach.Segmentation.Tabular;

namespace Outreach.Segmentation.Propensity;

/// <summary>
/// Trains a FastTree (gradient-boosted trees) binary classifier on past outcomes: a seeded,
/// stratified split; AUC on the held-out part; importance per source column from the trees' gains.
/// </summary>
public sealed class PropensityTrainer
{
    public PropensityReport Train(FeatureTable table, PropensityOptions options,
        IProgress<AnalysisProgress>? progress = null, CancellationToken ct = default)
    {
        var labelColumn = table.Find(options.LabelColumn)
            ?? throw new ArgumentException($"column '{options.LabelColumn}' not found", nameof(options));
        progress?.Report(new AnalysisProgress("encoding", 0));
        var skipped = new List<SkippedRow>();
        var labels = OutcomeLabels.Read(labelColumn, options.PositiveValue, skipped, table.LineNumbers);
        var excluded = new[] { labelColumn.Name, options.IdColumn ?? "" };
        var encoding = FeatureEncoding.Fit(table, excluded, standardize: false);
        if (encoding.Slots.Count == 0)
            throw new InvalidDataException("no usable feature columns besides the label and id");
        var matrix = encoding.Encode(table, ct);
        var (train, test) = StratifiedSplit(labels, options);
        var ml = new MLContext(options.Seed);
        progress?.Report(new AnalysisProgress("training", 0.1));
        var model = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = options.NumberOfTrees,
            NumberOfLeaves = options.NumberOfLeaves,
            Seed = options.Seed,
        }).Fit(View(ml, matrix, labels, train));
        ct.ThrowIfCancellationRequested();
        progress?.Report(new AnalysisProgress("evaluating", 0.9));
        var propensity = new PropensityModel(ml, model, encoding);
        var metrics = ml.BinaryClassification.Evaluate(propensity.Predict(View(ml, matrix, labels, test)));
        progress?.Report(new AnalysisProgress("done", 1));
        return new PropensityReport(train.Length + test.Length, train.Length, test.Length,
            Math.Round(metrics.AreaUnderRocCurve, 4), Importance(model.Model.SubModel, matrix.Slots), skipped, propensity);
    }

    private static (int[] Train, int[] Test) StratifiedSplit(bool?[] labels, PropensityOptions options)
    {
        var positives = Enumerable.Range(0, labels.Length).Where(r => labels[r] == true).ToArray();
        var negatives = Enumerable.Range(0, labels.Length).Where(r => labels[r] == false).ToArray();
        if (positives.Length < 2 || negatives.Length < 2)
            throw new InvalidDataException(
                $"the label needs at least 2 rows of each outcome; found {positives.Length} accepted, {negatives.Length} not");
        RowSampling.Shuffled(positives, options.Seed);
        RowSampling.Shuffled(negatives, options.Seed + 1);
        int TestCount(int n) => Math.Clamp((int)Math.Round(n * options.TestFraction), 1, n - 1);
        var test = positives.Take(TestCount(positives.Length)).Concat(negatives.Take(TestCount(negatives.Length)));
        var train = positives.Skip(TestCount(positives.Length)).Concat(negatives.Skip(TestCount(negatives.Length)));
        return (train.Order().ToArray(), test.Order().ToArray());
    }

    private static IDataView View(MLContext ml, FeatureMatrix matrix, bool?[] labels, int[] rows) =>
        PropensityModel.ToDataView(ml,
            rows.Select(r => new LabeledRow { Label = labels[r]!.Value, Features = matrix.Row(r).ToArray() }),
            matrix.Width);

    private static IReadOnlyList<FeatureImportance> Importance(FastTreeBinaryModelParameters trees, IReadOnlyList<FeatureSlot> slots)
    {
        VBuffer<float> weights = default;
        trees.GetFeatureWeights(ref weights);
        var dense = weights.DenseValues().ToArray();
        // One-hot slots of a text column add up: the marketer asks which column matters, not which value.
        var byColumn = slots.Select((slot, j) => (slot.Column, Weight: j < dense.Length ? Math.Max(0, dense[j]) : 0))
            .GroupBy(s => s.Column)
            .Select(g => (Column: g.Key, Weight: g.Sum(s => (double)s.Weight)))
            .ToArray();
        var total = Math.Max(1e-12, byColumn.Sum(c => c.Weight));
        return byColumn
            .Select(c => new FeatureImportance(c.Column, Math.Round(c.Weight / total, 4)))
            .OrderByDescending(f => f.Importance).ThenBy(f => f.Feature)
            .ToArray();
    }
}
