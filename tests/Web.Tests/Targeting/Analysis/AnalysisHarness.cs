using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Outreach.Campaigns.Targeting.Analysis;
using Outreach.Web.Targeting.Analysis;

namespace Outreach.Web.Tests.Targeting.Analysis;

/// <summary>The real repositories, queue, runs and worker over a test database; runs one job at a time on request.</summary>
internal sealed class AnalysisHarness(NpgsqlDataSource db, params IAnalysisRun[] extraRuns)
{
    public AnalysisJobRepository Jobs { get; } = new(db);
    public BehaviourReader Reader { get; } = new(db);
    public ClusterRepository Clusters { get; } = new(db);
    public PropensityScoreRepository Scores { get; } = new(db);

    public AnalysisQueue Queue => queue ??= new AnalysisQueue(Jobs);

    /// <summary>The worker with the real runs, any extra run taking the place of the real one of its kind.</summary>
    public AnalysisWorker Worker => worker ??= new AnalysisWorker(Jobs, Queue,
        new IAnalysisRun[] { new ClusteringRun(Reader, Clusters), new PatternRun(Reader), new PropensityRun(Reader, Scores) }
            .Where(r => extraRuns.All(e => e.Kind != r.Kind)).Concat(extraRuns),
        TimeProvider.System, NullLogger<AnalysisWorker>.Instance);

    private AnalysisQueue? queue;
    private AnalysisWorker? worker;

    /// <summary>Queues a job, runs it to the end in the worker, and returns the finished job row.</summary>
    public async Task<AnalysisJob> RunAsync(string kind, object parameters, CancellationToken ct)
    {
        var (id, refusal) = await Queue.RequestAsync(kind, parameters, "test", ct);
        Assert.Null(refusal);
        var job = await Jobs.ClaimNextAsync(ct);
        Assert.Equal(id, job!.Id);
        await Worker.RunAsync(job, ct);
        return (await Jobs.GetAsync(job.Id, ct))!;
    }
}
