using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Outreach.Campaigns.Dialling;
using Outreach.Dialer.Engine;
using Outreach.Dialer.Engine.Bots;

namespace Outreach.Cli.LoadTest;

/// <summary>
/// The load benchmark: bots log in to fresh campaigns, the campaigns dial for the given minutes on the simulated
/// network in real time, then stop and drain; the figures come from the attempts table and the engine's metrics.
/// </summary>
internal static class LoadTestRun
{
    public static async Task<LoadTestResult> RunAsync(string connectionString, LoadTestOptions options, TextWriter log, CancellationToken ct)
    {
        await using var db = NpgsqlDataSource.Create(connectionString);
        var (bots, campaignIds) = await LoadTestData.CreateAsync(db, options, log, ct);
        using var host = LoadTestSilo.Build(connectionString, options);
        await host.StartAsync(ct);
        try
        {
            var engine = host.Services.GetRequiredService<EngineServices>();
            using var lag = engine.Feed.OnCampaign(null, b => engine.Metrics.BoardDelivered(b.At, engine.Clock.Now));
            var grains = host.Services.GetRequiredService<IGrainFactory>();
            await host.Services.GetRequiredService<BotTeam>().StartAsync(bots, campaignIds, ct);
            await StartCampaignsAsync(grains, campaignIds, log, ct);
            engine.Metrics.Reset();
            var started = DateTimeOffset.UtcNow;
            var warmUp = TimeSpan.FromSeconds(Math.Min(90, options.Minutes * 60 / 3));
            var steady = await DialAsync(grains, campaignIds, TimeSpan.FromMinutes(options.Minutes), warmUp, log, ct);
            var seconds = (DateTimeOffset.UtcNow - started).TotalSeconds;
            await StopAndDrainAsync(grains, engine, campaignIds, options, log, ct);
            var figures = await new LoadTestRepository(db).FiguresAsync(campaignIds, ct);
            return new LoadTestResult(options.Agents, options.Campaigns, options.Minutes, figures.Attempts,
                Math.Round(steady, 1), Math.Round(figures.Attempts / seconds, 1), warmUp.TotalSeconds,
                Math.Round(engine.Metrics.ConnectPercentile(50), 1), Math.Round(engine.Metrics.ConnectPercentile(99), 1),
                Math.Round(engine.Metrics.EngineConnectPercentile(99), 1),
                figures.Connected, Math.Round(figures.Connected + figures.Abandoned == 0 ? 0 : (double)figures.Abandoned / (figures.Connected + figures.Abandoned), 4),
                figures.Lost, figures.Duplicates, Math.Round(engine.Metrics.BoardLagPercentile(99), 1));
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    private static async Task StartCampaignsAsync(IGrainFactory grains, IReadOnlyList<long> campaignIds, TextWriter log, CancellationToken ct)
    {
        foreach (var id in campaignIds)
        {
            var campaign = grains.GetGrain<ICampaignGrain>(id);
            for (var i = 0; i < 100 && (await campaign.GetBoardAsync()).AgentsByState.Values.Sum() == 0; i++) await Task.Delay(100, ct);
            var outcome = await campaign.StartAsync("loadtest");
            if (!outcome.Ok) throw new InvalidOperationException($"Campaign {id} did not start: {outcome.Problem}");
        }
        log.WriteLine($"{campaignIds.Count} campaigns running.");
    }

    /// <summary>Lets the campaigns dial, reporting every 15 s; returns the calls placed per second after the warm-up.</summary>
    private static async Task<double> DialAsync(IGrainFactory grains, IReadOnlyList<long> campaignIds, TimeSpan length, TimeSpan warmUp,
        TextWriter log, CancellationToken ct)
    {
        var start = DateTimeOffset.UtcNow;
        var end = start + length;
        (DateTimeOffset At, long Placed)? warm = null;
        while (true)
        {
            var next = warm is null && start + warmUp < end ? start + warmUp : end;
            var wait = next - DateTimeOffset.UtcNow;
            await Task.Delay(wait < TimeSpan.FromSeconds(15) ? (wait > TimeSpan.Zero ? wait : TimeSpan.Zero) : TimeSpan.FromSeconds(15), ct);
            var boards = await Task.WhenAll(campaignIds.Select(id => grains.GetGrain<ICampaignGrain>(id).GetBoardAsync()));
            var now = DateTimeOffset.UtcNow;
            if (warm is null && now >= start + warmUp) warm = (now, boards.Sum(b => b.CallsPlaced));
            if (now >= end) return warm is { } w && now > w.At ? (boards.Sum(b => b.CallsPlaced) - w.Placed) / (now - w.At).TotalSeconds : 0;
            log.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss} placed {boards.Sum(b => b.CallsPlaced):N0}, in flight {boards.Sum(b => b.InFlight)}, " +
                $"connected {boards.Sum(b => b.Connected):N0}, abandoned {boards.Sum(b => b.Abandoned)}, " +
                $"paused {boards.Count(b => b.Status == CampaignStatus.Paused)}");
        }
    }

    private static async Task StopAndDrainAsync(IGrainFactory grains, EngineServices engine, IReadOnlyList<long> campaignIds,
        LoadTestOptions options, TextWriter log, CancellationToken ct)
    {
        foreach (var id in campaignIds) await grains.GetGrain<ICampaignGrain>(id).StopAsync("loadtest");
        log.WriteLine("Stopped; waiting for the calls in flight to end…");
        var limit = DateTimeOffset.UtcNow.AddSeconds(options.TalkSeconds * 2 + 60);
        while (engine.Ledger.Count > 0 && DateTimeOffset.UtcNow < limit) await Task.Delay(250, ct);
        await Task.Delay(TimeSpan.FromSeconds(options.WrapSeconds * 2 + 1), ct);   // the last dispositions
        await engine.Journal.FlushAsync().WaitAsync(TimeSpan.FromSeconds(60), ct);
    }
}
