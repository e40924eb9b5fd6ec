using System.Diagnostics;
using Outreach.Segmentation.Clustering;
using Outreach.Segmentation.Patterns;
using Outreach.Segmentation.Propensity;
using Outreach.Segmentation.Tabular;

namespace Outreach.Benchmarks.Segmentation;

/// <summary>
/// Scenario runner for issue 7: clustering 1M × 20 end to end (CSV read and in-memory), pattern
/// mining, propensity training. Run: dotnet run -c Release --project benchmarks/Outreach.Benchmarks -- segmentation [rows].
/// </summary>
internal static class SegmentationRunner
{
    public static void Run(string[] args)
    {
        var rows = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
        var csv = Path.Combine(Path.GetTempPath(), $"outreach-segmentation-{rows}.csv");
        var table = SyntheticBase.Create(rows, numericColumns: 18, seed: 1);
        SyntheticBase.WriteCsv(table, csv);
        Console.WriteLine($"| Runner | {rows:N0} rows × {table.Columns.Count} columns, {Environment.ProcessorCount} cores |");
        Console.WriteLine("| --- | --- |");

        var read = Time(() => new CsvTableReader().ReadFile(csv));
        Report("CSV read (2 passes, typed columns)", read.Elapsed, $"{read.Value.Table.RowCount:N0} rows, {read.Value.SkippedRows.Count} skipped");
        var cluster = Time(() => new KMeansSegmenter().Segment(read.Value.Table));
        Report("Clustering (encode, K=2..10 on 20k sample, train on 100k, assign all, describe)", cluster.Elapsed,
            $"K={cluster.Value.K}");
        Report("Clustering end to end from the CSV file", read.Elapsed + cluster.Elapsed, "");
        var patterns = Time(() => new AssociationMiner().Mine(read.Value.Table));
        Report("Association mining (all item pairs)", patterns.Elapsed, $"top lift {patterns.Value[0].Lift}");
        File.Delete(csv);

        var outcomes = PropensityBase(Math.Min(rows, 200_000));
        var trained = Time(() => new PropensityTrainer().Train(outcomes, new PropensityOptions { LabelColumn = "accepted" }));
        Report($"Propensity training, FastTree 100 trees, {outcomes.RowCount:N0} rows (80% train)", trained.Elapsed,
            $"AUC {trained.Value.Auc}");
        var scored = Time(() => trained.Value.Model.Score(outcomes));
        Report($"Propensity scoring {outcomes.RowCount:N0} rows", scored.Elapsed, "");
    }

    private static FeatureTable PropensityBase(int rows)
    {
        var table = SyntheticBase.Create(rows, numericColumns: 12, seed: 2);
        var signal = ((NumericColumn)table.Columns[0]).Values;
        var random = new Random(3);
        var label = signal.Select(v => float.IsNaN(v) || random.NextDouble() > v / 60 ? 0f : 1f).ToArray();
        return new FeatureTable([.. table.Columns, new NumericColumn("accepted", label)]);
    }

    private static (T Value, TimeSpan Elapsed) Time<T>(Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var value = work();
        return (value, clock.Elapsed);
    }

    private static void Report(string what, TimeSpan elapsed, string note) =>
        Console.WriteLine($"| {what} | {elapsed.TotalSeconds:F1} s {note} |");
}
