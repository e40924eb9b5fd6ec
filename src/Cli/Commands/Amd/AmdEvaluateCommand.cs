using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Outreach.AnswerClassification;
using Outreach.AnswerClassification.Deciding;
using Outreach.AnswerClassification.Evaluation;
using Outreach.AnswerClassification.Model;
using Outreach.AnswerClassification.Profile;

namespace Outreach.Cli.Commands.Amd;

/// <summary>`outreach amd evaluate DIR`: accuracy, human recall, confusion matrix and decision times of both deciders on DIR/labels.csv.</summary>
internal static class AmdEvaluateCommand
{
    public const int BadInput = 2;

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    public static Command Create()
    {
        var folder = new Argument<string>("DIR") { Description = "Folder with labels.csv (file,class[,beepEndSeconds]) and the WAV files it names." };
        var json = new Option<bool>("--json") { Description = "Print the reports as JSON." };
        var profile = new Option<string?>("--profile") { Description = "Write the measured profile of the default decider (or --decider) to this JSON file." };
        var decider = new Option<string?>("--decider") { Description = "With --profile: rules or ml." };
        var model = new Option<string?>("--model") { Description = "A model JSON file to evaluate instead of the embedded one." };
        var command = new Command("evaluate", "Evaluate both deciders on a labelled folder of recordings.") { folder, json, profile, decider, model };
        command.SetAction((ParseResult p, CancellationToken ct) => Task.FromResult(Run(
            new AmdEvaluateRequest(p.GetValue(folder)!, p.GetValue(json), p.GetValue(profile), p.GetValue(decider), p.GetValue(model)),
            Console.Out, Console.Error, ct)));
        return command;
    }

    public static int Run(AmdEvaluateRequest request, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (!Directory.Exists(request.Folder))
            return Fail(error, $"folder not found: {request.Folder}");
        if (AmdCommand.ParseDecider(request.ProfileDecider) is not { } profileDecider)
            return Fail(error, $"--decider must be rules or ml, not '{request.ProfileDecider}'");
        var (files, problem) = CorpusEvaluation.ReadLabels(request.Folder);
        if (problem is not null)
            return Fail(error, problem);
        AnswerModel? model;
        try
        {
            model = request.ModelFile is { } path ? AnswerModel.FromJson(File.ReadAllText(path)) : AnswerModel.Default;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or JsonException)
        {
            return Fail(error, $"model: {e.Message}");
        }
        var options = new List<ClassifierOptions> { new() { Decider = DeciderKind.Rules } };
        if (model is not null)
            options.Add(new ClassifierOptions { Decider = DeciderKind.Model, Model = model });
        else
            error.WriteLine("note: no trained model is embedded or given; only the rules are evaluated");
        IReadOnlyList<EvaluationReport> reports;
        try
        {
            reports = CorpusEvaluation.Evaluate(request.Folder, files, options, ct);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return Fail(error, e.Message);
        }
        if (request.ProfileFile is { } profileFile && !WriteProfile(reports, profileDecider, request.Folder, profileFile, error))
            return BadInput;
        output.Write(request.Json ? JsonSerializer.Serialize(reports.Select(Summary), Json) + "\n" : Text(reports));
        return 0;
    }

    private static bool WriteProfile(IReadOnlyList<EvaluationReport> reports, DeciderKind decider, string folder, string file, TextWriter error)
    {
        var report = reports.FirstOrDefault(r => r.Decider == CorpusEvaluation.Name(decider));
        if (report is null)
        {
            Fail(error, $"the {CorpusEvaluation.Name(decider)} decider was not evaluated");
            return false;
        }
        var source = $"{report.Files} files of {Path.GetFileName(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar))}, {DateTime.UtcNow:yyyy-MM-dd}";
        File.WriteAllText(file, ClassifierProfile.Of(report, source).ToJson() + "\n");
        return true;
    }

    private static object Summary(EvaluationReport r) => new
    {
        decider = r.Decider,
        files = r.Files,
        accuracy = Math.Round(r.Accuracy, 4),
        humanRecall = Math.Round(r.HumanRecall, 4),
        medianDecisionSeconds = Math.Round(r.MedianDecisionSeconds, 3),
        p95DecisionSeconds = Math.Round(r.P95DecisionSeconds, 3),
        tonesWithinBudget = Math.Round(r.TonesWithinBudget, 4),
        beepsFound = Math.Round(r.BeepsFound, 4),
        filesWithBeep = r.FilesWithBeep,
        confusion = r.Confusion.Where(t => t.Value.Values.Sum() > 0).ToDictionary(
            t => Name(t.Key), t => t.Value.Where(p => p.Value > 0).ToDictionary(p => Name(p.Key), p => p.Value)),
    };

    private static string Text(IReadOnlyList<EvaluationReport> reports)
    {
        var text = new StringBuilder();
        foreach (var r in reports)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Decider}: {r.Files} files, accuracy {r.Accuracy:P2}, human recall {r.HumanRecall:P2}, decision median {r.MedianDecisionSeconds:F2} s, p95 {r.P95DecisionSeconds:F2} s, fax+SIT within 1.5 s {r.TonesWithinBudget:P1}, beeps within 100 ms {r.BeepsFound:P1} of {r.FilesWithBeep}"));
            var kinds = Enum.GetValues<AnswerKind>();
            text.AppendLine("  true \\ decided " + string.Concat(kinds.Select(k => $"{Name(k),9}")));
            foreach (var truth in kinds.Where(t => r.Confusion[t].Values.Sum() > 0))
                text.AppendLine($"  {Name(truth),-15}" + string.Concat(kinds.Select(k => $"{r.Confusion[truth][k],9}")));
        }
        return text.ToString();
    }

    private static string Name(AnswerKind kind) => kind.ToString().ToLowerInvariant();

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"error: {message}");
        return BadInput;
    }
}

/// <summary>What `outreach amd evaluate` was asked.</summary>
internal sealed record AmdEvaluateRequest(string Folder, bool Json, string? ProfileFile, string? ProfileDecider, string? ModelFile);
