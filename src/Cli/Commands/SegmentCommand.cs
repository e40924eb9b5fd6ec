using System.CommandLine;
using Outreach.Segmentation.Clustering;

namespace Outreach.Cli.Commands;

/// <summary>`outreach segment`: clusters any CSV and prints the segments with plain-words descriptions as JSON.</summary>
internal static class SegmentCommand
{
    public static Command Create()
    {
        var csv = new Option<string>("--csv") { Description = "CSV file with a header line.", Required = true };
        var id = new Option<string?>("--id") { Description = "Row identifier column, left out of the features." };
        var command = new Command("segment", "Cluster the rows (k-means, K by Davies–Bouldin) and describe each cluster.")
        {
            csv, id,
        };
        command.SetAction((ParseResult p, CancellationToken ct) =>
            Task.FromResult(Run(p.GetValue(csv)!, p.GetValue(id), Console.Out, Console.Error, ct)));
        return command;
    }

    /// <summary>The command's work, callable in-process: JSON on <paramref name="output"/>, exit code back.</summary>
    public static int Run(string csv, string? id, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var input = CsvCommandInput.Load(csv, [id], error, ct);
        if (input is null)
            return CsvCommandInput.InputError;
        SegmentationResult result;
        try
        {
            result = new KMeansSegmenter().Segment(input.Table,
                new ClusteringOptions { ExcludedColumns = id is null ? [] : [id] }, progress: null, ct);
        }
        catch (InvalidDataException e)
        {
            return CsvCommandInput.Error(error, e.Message);
        }
        return CsvCommandInput.WriteJson(output, new
        {
            k = result.K,
            clusters = result.Clusters.Select(c => new { size = c.Size, share = c.Share, description = c.Description }),
            candidates = result.Candidates.Select(c => new { k = c.K, daviesBouldin = c.DaviesBouldin }),
            skippedRows = CsvCommandInput.Skipped(input.SkippedRows),
        });
    }
}
