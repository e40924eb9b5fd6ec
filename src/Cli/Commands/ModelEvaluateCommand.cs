using System.CommandLine;
using Outreach.Segmentation.Propensity;

namespace Outreach.Cli.Commands;

/// <summary>`outreach model evaluate`: trains the propensity pipeline on any CSV and prints its AUC and features as JSON.</summary>
internal static class ModelEvaluateCommand
{
    /// <summary>The `model` command group with its `evaluate` sub-command.</summary>
    public static Command CreateGroup()
    {
        var group = new Command("model", "Propensity models trained on past campaign outcomes.");
        group.Subcommands.Add(Create());
        return group;
    }

    public static Command Create()
    {
        var csv = new Option<string>("--csv") { Description = "CSV file with a header line.", Required = true };
        var label = new Option<string>("--label") { Description = "Outcome column (accepted or not).", Required = true };
        var id = new Option<string?>("--id") { Description = "Row identifier column, left out of the features." };
        var positive = new Option<string?>("--positive")
        {
            Description = "Label value meaning accepted (default: >0, or 1/true/yes/accepted).",
        };
        var command = new Command("evaluate", "Train on a seeded 80% split and report AUC on the other 20%.")
        {
            csv, label, id, positive,
        };
        command.SetAction((ParseResult p, CancellationToken ct) => Task.FromResult(Run(
            new ModelEvaluateRequest(p.GetValue(csv)!, p.GetValue(label)!, p.GetValue(id), p.GetValue(positive)),
            Console.Out, Console.Error, ct)));
        return command;
    }

    /// <summary>The command's work, callable in-process: JSON on <paramref name="output"/>, exit code back.</summary>
    public static int Run(ModelEvaluateRequest request, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var input = CsvCommandInput.Load(request.Csv, [request.Label, request.Id], error, ct);
        if (input is null)
            return CsvCommandInput.InputError;
        PropensityReport report;
        try
        {
            report = new PropensityTrainer().Train(input.Table, new PropensityOptions
            {
                LabelColumn = request.Label,
                IdColumn = request.Id,
                PositiveValue = request.Positive,
            }, progress: null, ct);
        }
        catch (InvalidDataException e)
        {
            return CsvCommandInput.Error(error, e.Message);
        }
        return CsvCommandInput.WriteJson(output, new
        {
            rows = report.Rows,
            trainRows = report.TrainRows,
            testRows = report.TestRows,
            auc = report.Auc,
            features = report.Features.Select(f => new { name = f.Feature, importance = f.Importance }),
            skippedRows = CsvCommandInput.Skipped(input.SkippedRows.Concat(report.SkippedRows).OrderBy(s => s.Line)),
        });
    }
}
