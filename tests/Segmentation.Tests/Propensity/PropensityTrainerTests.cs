using Outreach.Segmentation.Propensity;
using Outreach.Segmentation.Tabular;
using Outreach.Segmentation.Tests.Planted;

namespace Outreach.Segmentation.Tests.Propensity;

public sealed class PropensityTrainerTests
{
    private static readonly PropensityOptions Options = new() { LabelColumn = "accepted", IdColumn = "subscriber_id" };

    [Fact]
    public void Model_reaches_high_auc_on_planted_signal_and_names_the_features_that_drive_it()
    {
        var table = PlantedOutcomes.Create(20_000, seed: 1);

        var report = new PropensityTrainer().Train(table, Options);

        Assert.True(report.Auc >= 0.8, $"AUC {report.Auc}");
        Assert.Equal(["data_mb_per_month", "tariff"], report.Features.Take(2).Select(f => f.Feature).Order());
        Assert.DoesNotContain(report.Features, f => f.Feature is "subscriber_id" or "accepted");
        Assert.Equal(1.0, report.Features.Sum(f => f.Importance), precision: 2);
    }

    [Fact]
    public void Split_is_eighty_twenty_and_blank_labels_are_skipped_with_their_line()
    {
        var table = PlantedOutcomes.Create(3_000, seed: 2);

        var report = new PropensityTrainer().Train(table, Options);

        Assert.Equal(3_000 - 10, report.Rows);
        Assert.Equal(report.Rows, report.TrainRows + report.TestRows);
        Assert.InRange(report.TestRows, 595, 601);
        Assert.Equal(10, report.SkippedRows.Count);
        Assert.Equal(1, report.SkippedRows[0].Line);
    }

    [Fact]
    public void Same_seed_gives_the_same_auc()
    {
        var table = PlantedOutcomes.Create(4_000, seed: 3);

        var first = new PropensityTrainer().Train(table, Options);
        var second = new PropensityTrainer().Train(table, Options);

        Assert.Equal(first.Auc, second.Auc);
    }

    [Fact]
    public void Scores_are_probabilities_ordered_by_the_planted_signal()
    {
        var table = PlantedOutcomes.Create(4_000, seed: 4);
        var report = new PropensityTrainer().Train(table, Options);

        var scores = report.Model.Score(table);

        Assert.Equal(table.RowCount, scores.Length);
        Assert.All(scores, s => Assert.InRange(s, 0f, 1f));
        var data = ((NumericColumn)table.Find("data_mb_per_month")!).Values;
        var heavy = Enumerable.Range(0, scores.Length).Where(r => data[r] > 4500).Average(r => scores[r]);
        var light = Enumerable.Range(0, scores.Length).Where(r => data[r] < 1500).Average(r => scores[r]);
        Assert.True(heavy > light + 0.4, $"heavy {heavy}, light {light}");
    }

    [Fact]
    public void Explicit_positive_value_and_single_class_labels_are_handled()
    {
        var table = PlantedOutcomes.Create(2_000, seed: 5);

        var flipped = new PropensityTrainer().Train(table, Options with { PositiveValue = "NO" });
        var error = Assert.Throws<InvalidDataException>(() =>
            new PropensityTrainer().Train(table, Options with { PositiveValue = "maybe" }));

        Assert.True(flipped.Auc >= 0.8);
        Assert.Contains("at least 2 rows of each outcome", error.Message);
    }
}
