using Outreach.AnswerClassification.Evaluation;
using Outreach.AnswerClassification.Profile;

namespace Outreach.AnswerClassification.Tests.Evaluation;

public sealed class EvaluationReportTests
{
    private static EvaluatedFile File(AnswerKind truth, AnswerKind decided, double seconds, double? beepEnd = null, double? message = null) =>
        new($"{truth}-{seconds}.wav", truth, beepEnd, new ClassifiedAudio(new AnswerDecision(decided, 0.9f, TimeSpan.FromSeconds(seconds), AnswerReason.Model),
            message is { } m ? TimeSpan.FromSeconds(m) : null));

    private static readonly EvaluatedFile[] Files =
    [
        File(AnswerKind.Human, AnswerKind.Human, 1.0), File(AnswerKind.Human, AnswerKind.Human, 2.0), File(AnswerKind.Human, AnswerKind.Machine, 3.0),
        File(AnswerKind.Machine, AnswerKind.Machine, 2.5, beepEnd: 6.0, message: 6.05), File(AnswerKind.Machine, AnswerKind.Machine, 2.5, beepEnd: 6.0, message: 6.3),
        File(AnswerKind.Fax, AnswerKind.Fax, 1.0), File(AnswerKind.Sit, AnswerKind.Sit, 2.0),
    ];

    [Fact]
    public void The_report_counts_accuracy_recall_confusion_tones_and_beeps()
    {
        var report = EvaluationReport.Of("ml", Files);

        Assert.Equal(6 / 7.0, report.Accuracy, 6);
        Assert.Equal(2 / 3.0, report.HumanRecall, 6);
        Assert.Equal(1, report.Confusion[AnswerKind.Human][AnswerKind.Machine]);
        Assert.Equal(0.5, report.TonesWithinBudget);
        Assert.Equal(0.5, report.BeepsFound);
        Assert.Equal(2.0, report.MedianDecisionSeconds);
        Assert.Equal(2.85, report.P95DecisionSeconds, 6);
    }

    [Fact]
    public void A_profile_gives_per_class_confusion_and_delays_a_simulation_can_sample()
    {
        var profile = ClassifierProfile.Of(EvaluationReport.Of("ml", Files), "test");
        var random = new Random(1);

        var draws = Enumerable.Range(0, 6000).Select(_ => profile.Sample(AnswerKind.Human, random)).ToList();

        Assert.Equal(2 / 3.0, profile.Classes[AnswerKind.Human].Decided[AnswerKind.Human], 6);
        Assert.InRange(draws.Count(d => d.Decided == AnswerKind.Human) / 6000.0, 0.63, 0.70);
        Assert.All(draws, d => Assert.InRange(d.Delay.TotalSeconds, 1.0, 3.0));
        Assert.InRange(draws.Average(d => d.Delay.TotalSeconds), 1.9, 2.1);
        Assert.Equal(profile.ToJson(), ClassifierProfile.FromJson(profile.ToJson()).ToJson());
    }

    [Fact]
    public void The_shipped_profile_is_the_default_decider_measured_on_the_held_out_corpus()
    {
        var profile = ClassifierProfile.Default;

        Assert.NotNull(profile);
        Assert.Equal("ml", profile.Decider);
        foreach (var kind in new[] { AnswerKind.Human, AnswerKind.Machine, AnswerKind.Fax, AnswerKind.Sit, AnswerKind.Silence })
        {
            Assert.InRange(profile.Classes[kind].Decided.Values.Sum(), 0.999, 1.001);
            Assert.Equal(21, profile.Classes[kind].DelayQuantiles.Length);
        }
    }

    [Fact]
    public void Labels_with_an_unknown_class_or_a_bad_beep_time_name_the_line()
    {
        Assert.Equal("line 3: beepEndSeconds 'soon' is not a number", LabelsCsv.Parse(["file,class,beepEndSeconds", "a.wav,human,", "b.wav,machine,soon"]).Error);
        Assert.StartsWith("line 2: expected file,class", LabelsCsv.Parse(["file,class", "a.wav,parrot"]).Error);
        var (files, error) = LabelsCsv.Parse(["file,class,beepEndSeconds,scenario", "a.wav,Machine,3.25,long-beep", "", "b.wav,fax"]);
        Assert.Null(error);
        Assert.Equal([new LabelledFile("a.wav", AnswerKind.Machine, 3.25), new LabelledFile("b.wav", AnswerKind.Fax, null)], files);
    }
}
