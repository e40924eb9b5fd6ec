using Outreach.Segmentation.Clustering;
using Outreach.Segmentation.Tests.Planted;

namespace Outreach.Segmentation.Tests.Clustering;

public sealed class KMeansSegmenterTests
{
    private static readonly ClusteringOptions Options = new() { ExcludedColumns = ["id"], SelectionRows = 6_000, MaxK = 7 };

    [Fact]
    public void Clusters_recover_the_planted_groups()
    {
        var (table, truth) = PlantedGroups.Create(20_000, seed: 7);

        var result = new KMeansSegmenter().Segment(table, Options);

        Assert.True(PlantedGroups.Groups == result.K, "candidates: " + string.Join(", ", result.Candidates));
        Assert.True(AdjustedRand.Index(truth, result.Assignments) >= 0.8,
            $"ARI {AdjustedRand.Index(truth, result.Assignments):F3}");
    }

    [Fact]
    public void K_is_the_candidate_with_the_lowest_davies_bouldin_index()
    {
        var (table, _) = PlantedGroups.Create(8_000, seed: 3);

        var result = new KMeansSegmenter().Segment(table, Options);

        Assert.Equal(Enumerable.Range(2, 6), result.Candidates.Select(c => c.K));
        Assert.Equal(result.Candidates.MinBy(c => c.DaviesBouldin)!.K, result.K);
    }

    [Fact]
    public void Each_cluster_is_described_by_its_distinctive_features()
    {
        var (table, _) = PlantedGroups.Create(12_000, seed: 11);

        var result = new KMeansSegmenter().Segment(table, Options);

        var descriptions = result.Clusters.Select(c => c.Description).ToArray();
        Assert.Contains(descriptions, d => d.Contains("young") && d.Contains("heavy data") && d.Contains("low balance"));
        Assert.Contains(descriptions, d => d.Contains("very heavy sms"));
        Assert.Contains(descriptions, d => d.Contains("very heavy calls"));
        Assert.DoesNotContain(descriptions, d => d.Contains("noise") || d.Contains("name"));
        Assert.Equal(12_000, result.Clusters.Sum(c => c.Size));
    }

    [Fact]
    public void Same_seed_gives_the_same_segments_and_the_model_assigns_new_rows_alike()
    {
        var (table, _) = PlantedGroups.Create(6_000, seed: 5);

        var first = new KMeansSegmenter().Segment(table, Options);
        var second = new KMeansSegmenter().Segment(table, Options);

        Assert.Equal(first.Assignments, second.Assignments);
        Assert.Equal(first.Assignments, first.Model.Assign(table));
    }

    [Fact]
    public void Progress_is_reported_up_to_done()
    {
        var (table, _) = PlantedGroups.Create(3_000, seed: 9);
        var stages = new List<AnalysisProgress>();

        new KMeansSegmenter().Segment(table, Options with { MaxK = 3 }, new SynchronousProgress<AnalysisProgress>(stages.Add));

        Assert.Equal("done", stages[^1].Stage);
        Assert.Equal(1.0, stages[^1].Fraction);
    }

    [Fact]
    public void A_cancelled_run_stops()
    {
        var (table, _) = PlantedGroups.Create(3_000, seed: 9);

        Assert.ThrowsAny<OperationCanceledException>(() =>
            new KMeansSegmenter().Segment(table, Options, progress: null, new CancellationToken(canceled: true)));
    }
}
