using Outreach.AnswerClassification.Deciding;
using Outreach.AnswerClassification.Evaluation;
using Outreach.AnswerClassification.Files;
using Outreach.AnswerClassification.Training;

namespace Outreach.AnswerClassification.Tests.Corpus;

/// <summary>The generated corpus evaluated once per test run: both deciders on the held-out split, and the recordings for training.</summary>
internal static class HeldOutCorpus
{
    private static readonly Lazy<Task<IReadOnlyList<EvaluationReport>>> Reports = new(EvaluateAsync);

    /// <summary>The held-out report of one decider with the shipped model.</summary>
    public static async Task<EvaluationReport> ReportAsync(DeciderKind decider) =>
        (await Reports.Value).Single(r => r.Decider == CorpusEvaluation.Name(decider));

    /// <summary>The recordings of one split, as the trainer takes them.</summary>
    public static async Task<IReadOnlyList<TrainingAudio>> AudioAsync(CorpusSplit split)
    {
        var folder = await CorpusCache.SplitAsync(split);
        var (files, _) = CorpusEvaluation.ReadLabels(folder);
        return files.AsParallel().AsOrdered().Select(f => new TrainingAudio(f.File, WaveAudio.Read(Path.Combine(folder, f.File)).Samples, f.Truth)).ToList();
    }

    private static async Task<IReadOnlyList<EvaluationReport>> EvaluateAsync()
    {
        var folder = await CorpusCache.SplitAsync(CorpusSplit.HeldOut);
        var (files, problem) = CorpusEvaluation.ReadLabels(folder);
        Assert.Null(problem);
        return CorpusEvaluation.Evaluate(folder, files, [new() { Decider = DeciderKind.Rules }, new() { Decider = DeciderKind.Model }], CancellationToken.None);
    }
}
