using Outreach.AnswerClassification.Deciding;
using Outreach.AnswerClassification.Evaluation;
using Outreach.AnswerClassification.Model;
using Outreach.AnswerClassification.Training;

namespace Outreach.AnswerClassification.Tests.Corpus;

public sealed class ModelTrainingTests
{
    [Fact]
    public async Task Retraining_on_the_corpus_gives_held_out_accuracy_comparable_to_the_shipped_model()
    {
        var train = await HeldOutCorpus.AudioAsync(CorpusSplit.Train);
        var tune = await HeldOutCorpus.AudioAsync(CorpusSplit.Tune);

        var report = new AnswerModelTrainer().Train(train, tune, CancellationToken.None);

        Assert.True(report.MaximumDeviation < 1e-4, $"exported trees differ from ML.NET by {report.MaximumDeviation}");
        var folder = await CorpusCache.SplitAsync(CorpusSplit.HeldOut);
        var (files, _) = CorpusEvaluation.ReadLabels(folder);
        var retrained = CorpusEvaluation.Evaluate(folder, files, [new() { Decider = DeciderKind.Model, Model = report.Model }], CancellationToken.None)[0];
        var shipped = await HeldOutCorpus.ReportAsync(DeciderKind.Model);
        Assert.InRange(retrained.Accuracy, shipped.Accuracy - 0.02, 1);
        Assert.InRange(retrained.HumanRecall, shipped.HumanRecall - 0.02, 1);
    }

    [Fact]
    public void The_shipped_model_is_embedded_and_fits_the_features_of_this_build()
    {
        var model = AnswerModel.Default;

        Assert.NotNull(model);
        Assert.Equal(Outreach.AnswerClassification.Features.AnswerFeatures.Names, model.FeatureNames);
        Assert.NotEmpty(model.Trees);
        Assert.InRange(model.HumanThreshold, 0, model.MachineThreshold);
        Assert.Equal(model, AnswerModel.FromJson(model.ToJson()) with { Trees = model.Trees, FeatureNames = model.FeatureNames });
    }

    [Fact]
    public void A_model_for_other_features_is_refused_with_a_hint_to_retrain()
    {
        var json = AnswerModel.Default!.ToJson().Replace("\"leadSilence\"", "\"somethingElse\"");

        var error = Assert.Throws<InvalidDataException>(() => AnswerModel.FromJson(json));

        Assert.Contains("amd train", error.Message);
    }
}
