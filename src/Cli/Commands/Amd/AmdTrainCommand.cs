using System.CommandLine;
using Outreach.AnswerClassification.Evaluation;
using Outreach.AnswerClassification.Files;
using Outreach.AnswerClassification.Training;

namespace Outreach.Cli.Commands.Amd;

/// <summary>
/// `outreach amd train DIR --out FILE`: trains the person-or-machine model on DIR/train, tunes its thresholds on
/// DIR/tune (each a folder with labels.csv) and writes the model JSON that the project embeds.
/// </summary>
internal static class AmdTrainCommand
{
    public const int BadInput = 2;

    public static Command Create()
    {
        var folder = new Argument<string>("DIR") { Description = "Corpus folder with train/ and tune/, each holding labels.csv and its WAV files." };
        var output = new Option<string>("--out") { Description = "Model JSON file to write (the shipped one is src/AnswerClassification/Model/answer-model.json).", Required = true };
        var command = new Command("train", "Train the answer model on a corpus (seeded: the same corpus gives the same model).") { folder, output };
        command.SetAction((ParseResult p, CancellationToken ct) => Task.FromResult(Run(p.GetValue(folder)!, p.GetValue(output)!, Console.Out, Console.Error, ct)));
        return command;
    }

    public static int Run(string folder, string outputFile, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var train = Load(Path.Combine(folder, "train"), error);
        var tune = Load(Path.Combine(folder, "tune"), error);
        if (train is null || tune is null)
            return BadInput;
        TrainingReport report;
        try
        {
            report = new AnswerModelTrainer().Train(train, tune, ct);
        }
        catch (InvalidDataException e)
        {
            error.WriteLine($"error: {e.Message}");
            return BadInput;
        }
        File.WriteAllText(outputFile, report.Model.ToJson() + "\n");
        output.WriteLine($"wrote {outputFile}: {report.Model.Provenance}; exported trees within {report.MaximumDeviation:E1} of ML.NET");
        return 0;
    }

    private static List<TrainingAudio>? Load(string folder, TextWriter error)
    {
        var (files, problem) = CorpusEvaluation.ReadLabels(folder);
        if (problem is not null)
        {
            error.WriteLine($"error: {problem}");
            return null;
        }
        try
        {
            return files.AsParallel().AsOrdered().Select(f => new TrainingAudio(f.File, WaveAudio.Read(Path.Combine(folder, f.File)).Samples, f.Truth)).ToList();
        }
        catch (AggregateException e) when (e.InnerException is InvalidDataException or IOException)
        {
            error.WriteLine($"error: {folder}: {e.InnerException.Message}");
            return null;
        }
    }
}
