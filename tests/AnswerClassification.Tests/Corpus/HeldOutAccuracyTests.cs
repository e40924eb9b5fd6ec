using Outreach.AnswerClassification.Deciding;
using Outreach.AnswerClassification.Evaluation;

namespace Outreach.AnswerClassification.Tests.Corpus;

/// <summary>
/// Accuracy figures on the held-out corpus (voices and texts never trained or tuned on). The brief's targets are
/// accuracy 97 %, human recall 99.5 %, median 2.0 s, p95 3.0 s, fax and SIT 99 % within 1.5 s, beeps 95 % within
/// 100 ms. Fax and SIT meet theirs; for the rest these tests hold the line at what is measured now (see
/// docs/answer-classification.md), so a change that loses ground fails.
/// </summary>
public sealed class HeldOutAccuracyTests
{
    [Fact]
    public async Task Fax_and_sit_are_found_within_a_second_and_a_half_by_both_deciders()
    {
        foreach (var decider in Enum.GetValues<DeciderKind>())
            Assert.True((await HeldOutCorpus.ReportAsync(decider)).TonesWithinBudget >= 0.99);
    }

    [Fact]
    public async Task The_shipped_model_reaches_97_percent_overall_and_keeps_at_least_98_percent_of_people()
    {
        var report = await HeldOutCorpus.ReportAsync(DeciderKind.Model);

        Assert.True(report.Accuracy >= 0.97, $"accuracy {report.Accuracy:P2}");
        Assert.True(report.HumanRecall >= 0.98, $"human recall {report.HumanRecall:P2}");
        Assert.True(report.MedianDecisionSeconds <= 2.3, $"median {report.MedianDecisionSeconds:F2} s");
        Assert.True(report.P95DecisionSeconds <= 3.9, $"p95 {report.P95DecisionSeconds:F2} s");
    }

    [Fact]
    public async Task The_model_beats_the_rule_baseline_on_people_and_overall()
    {
        var rules = await HeldOutCorpus.ReportAsync(DeciderKind.Rules);
        var model = await HeldOutCorpus.ReportAsync(DeciderKind.Model);

        Assert.Equal(DeciderKind.Model, ClassifierOptions.DefaultDecider);
        Assert.True(model.HumanRecall > rules.HumanRecall);
        Assert.True(model.Accuracy > rules.Accuracy);
    }

    [Fact]
    public async Task The_rule_baseline_stays_at_its_measured_level()
    {
        var report = await HeldOutCorpus.ReportAsync(DeciderKind.Rules);

        Assert.True(report.Accuracy >= 0.955, $"accuracy {report.Accuracy:P2}");
        Assert.True(report.HumanRecall >= 0.91, $"human recall {report.HumanRecall:P2}");
        // app_amd's defaults cannot call a person before 800 ms of silence after the greeting.
        Assert.All(report.Results.Where(r => r.Result.Decision is { Kind: AnswerKind.Human }), r => Assert.True(r.DecisionSeconds >= 0.8));
    }

    [Fact]
    public async Task Beeps_are_found_within_100_ms_of_their_end_in_most_greetings_that_have_one()
    {
        var model = await HeldOutCorpus.ReportAsync(DeciderKind.Model);
        var rules = await HeldOutCorpus.ReportAsync(DeciderKind.Rules);

        Assert.True(model.FilesWithBeep > 100);
        Assert.True(model.BeepsFound >= 0.90, $"model {model.BeepsFound:P1}");
        Assert.True(rules.BeepsFound >= 0.92, $"rules {rules.BeepsFound:P1}");
    }
}
