using Outreach.AnswerClassification.Deciding;
using Outreach.AnswerClassification.Files;

namespace Outreach.AnswerClassification.Evaluation;

/// <summary>The shell around the pure report: reads a folder's labels.csv and WAV files and runs a classifier over each.</summary>
public static class CorpusEvaluation
{
    /// <summary>The labelled files of <paramref name="folder"/>, or a one-line error.</summary>
    public static (IReadOnlyList<LabelledFile> Files, string? Error) ReadLabels(string folder)
    {
        var path = Path.Combine(folder, "labels.csv");
        return File.Exists(path) ? LabelsCsv.Parse(File.ReadLines(path)) : ([], $"no labels.csv in {folder}");
    }

    /// <summary>Reads every labelled file once and classifies it with each of <paramref name="options"/>, in parallel over files.</summary>
    public static IReadOnlyList<EvaluationReport> Evaluate(string folder, IReadOnlyList<LabelledFile> files,
        IReadOnlyList<ClassifierOptions> options, CancellationToken ct)
    {
        var results = options.Select(_ => new EvaluatedFile[files.Count]).ToArray();
        var parallel = new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, files.Count, parallel, () => options.Select(o => new AnswerClassifier(o)).ToArray(), (i, _, classifiers) =>
        {
            var file = files[i];
            var audio = WaveAudio.Read(Path.Combine(folder, file.File));
            for (var d = 0; d < classifiers.Length; d++)
                results[d][i] = new EvaluatedFile(file.File, file.Truth, file.BeepEndSeconds, ClassifiedAudio.Of(audio.Samples, classifiers[d]));
            return classifiers;
        }, _ => { });
        return options.Select((o, d) => EvaluationReport.Of(Name(o.Decider), results[d])).ToList();
    }

    /// <summary>The name a decider goes by on the command line and in reports.</summary>
    public static string Name(DeciderKind decider) => decider == DeciderKind.Model ? "ml" : "rules";
}
