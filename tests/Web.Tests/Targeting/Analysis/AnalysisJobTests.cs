using Outreach.Campaigns.Targeting.Analysis;
using Outreach.Segmentation;
using Outreach.TestSupport;
using Outreach.Web.Targeting.Analysis;

namespace Outreach.Web.Tests.Targeting.Analysis;

/// <summary>The background worker on real PostgreSQL: progress on the job row, one run per kind, interrupted runs released.</summary>
public sealed class AnalysisJobTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_running_job_shows_its_progress_and_a_second_request_is_refused_until_it_ends()
    {
        var gated = new GatedRun();
        var harness = new AnalysisHarness(db.DataSource, gated);
        await harness.Worker.StartAsync(Ct);
        try
        {
            var (id, refusal) = await harness.Queue.RequestAsync(GatedRun.KindName, new { }, "marketer", Ct);
            Assert.Null(refusal);
            var running = await WaitForAsync(harness, id!.Value, j => j.Stage == "halfway");
            Assert.Equal(AnalysisJob.Running, running.Status);
            Assert.Equal(0.5f, running.Progress);
            Assert.True(running.IsActive);

            var (second, why) = await harness.Queue.RequestAsync(GatedRun.KindName, new { }, "someone else", Ct);
            Assert.Null(second);
            Assert.Contains("already in progress", why);

            gated.Release();
            var done = await WaitForAsync(harness, id.Value, j => !j.IsActive);
            Assert.Equal(AnalysisJob.Done, done.Status);
            Assert.Equal("""{"answer": 42}""", done.Result);
            Assert.Null((await harness.Queue.RequestAsync(GatedRun.KindName, new { }, "marketer", Ct)).Refusal);
        }
        finally
        {
            gated.Release();
            await harness.Worker.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_job_left_running_by_a_stopped_server_is_marked_failed_when_the_worker_starts()
    {
        // A database of its own: a job another test of the class left queued would be claimed first.
        await using var own = await TestDatabase.CreateAsync(Ct);
        var harness = new AnalysisHarness(own.DataSource);
        var (id, _) = await harness.Queue.RequestAsync(AnalysisKind.Clustering, new { }, "marketer", Ct);
        await harness.Jobs.ClaimNextAsync(Ct);

        Assert.Equal(1, await harness.Jobs.FailInterruptedAsync(Ct));
        var job = (await harness.Jobs.GetAsync(id!.Value, Ct))!;
        Assert.Equal(AnalysisJob.Failed, job.Status);
        Assert.Contains("interrupted", job.Error);
        Assert.NotNull((await harness.Queue.RequestAsync(AnalysisKind.Clustering, new { }, "marketer", Ct)).JobId);
    }

    // Polls the job row (what a page does) until the condition holds, for a minute at most.
    private static async Task<AnalysisJob> WaitForAsync(AnalysisHarness harness, long id, Func<AnalysisJob, bool> condition)
    {
        for (var poll = 0; ; poll++)
        {
            Assert.True(poll < 600, "the job never reached the expected state");
            var job = (await harness.Jobs.GetAsync(id, Ct))!;
            if (condition(job))
                return job;
            Assert.NotEqual(AnalysisJob.Failed, job.Status);
            await Task.Delay(100, Ct);
        }
    }

    /// <summary>A run that reports half way and waits for the test to let it finish.</summary>
    private sealed class GatedRun : IAnalysisRun
    {
        public const string KindName = AnalysisKind.Patterns;
        private readonly TaskCompletionSource gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Kind => KindName;

        public void Release() => gate.TrySetResult();

        public async Task<string> RunAsync(AnalysisJob job, IProgress<AnalysisProgress> progress, CancellationToken ct)
        {
            progress.Report(new AnalysisProgress("halfway", 0.5));
            await gate.Task.WaitAsync(ct);
            return """{"answer": 42}""";
        }
    }
}
