using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Outreach.Dialer.Engine.Bots;

/// <summary>
/// Simulated agents for demos and the load test: each logs in to its campaign and goes ready; a call it takes lasts
/// as long as the network's talk time (the simulated customer hangs up), then it wraps up for a drawn time and gives
/// a random disposition (now and then a callback), and is ready again. They follow the feed like a desktop does.
/// </summary>
public sealed partial class BotTeam(
    IGrainFactory grains, IEngineFeed feed, EngineClock clock, IOptions<EngineOptions> options, ILogger<BotTeam> logger) : IDisposable
{
    private static readonly string[] Codes = ["accepted", "declined", "declined", "wrong_person", "survey_done", "callback"];
    private readonly ConcurrentDictionary<int, byte> bots = new();
    private readonly ConcurrentDictionary<string, ITimer?> wrapping = new(); // held so the timers are not collected
    private readonly Random random = new(options.Value.Seed);
    private readonly Lock randomGate = new();
    private IDisposable? subscription;

    public int Count => bots.Count;

    /// <summary>Bot <c>agentIds[i]</c> serves <c>campaignIds[i % campaigns]</c>; all log in and go ready.</summary>
    public async Task StartAsync(IReadOnlyList<int> agentIds, IReadOnlyList<long> campaignIds, CancellationToken ct)
    {
        if (campaignIds.Count == 0) return;
        subscription ??= feed.OnAgent(null, OnBoard);
        for (var i = 0; i < agentIds.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            bots[agentIds[i]] = 0;
            var agent = grains.GetGrain<IAgentGrain>(agentIds[i]);
            var login = await agent.LogInAsync([campaignIds[i % campaignIds.Count]]);
            if (!login.Ok) LogRefused(logger, agentIds[i], login.Problem);
            await agent.ReadyAsync();
        }
    }

    private void OnBoard(AgentBoard board)
    {
        if (!bots.ContainsKey(board.AgentId)) return;
        if (board is { State: "WrapUp", Call: { } call } && wrapping.TryAdd(call.CallId, null))
            wrapping[call.CallId] = clock.Time.CreateTimer(_ => _ = CloseAsync(board.AgentId, call.CallId), null, WrapUpTime(), Timeout.InfiniteTimeSpan);
        // Preview mode: a bot reads the card for a moment, then calls.
        if (board is { State: "Ready", Preview: { CallId: null } preview } && wrapping.TryAdd(PreviewKey(preview), null))
            wrapping[PreviewKey(preview)] = clock.Time.CreateTimer(_ => _ = CallPreviewAsync(board.AgentId, preview), null, PreviewReadTime, Timeout.InfiniteTimeSpan);
    }

    private static readonly TimeSpan PreviewReadTime = TimeSpan.FromSeconds(1);

    private static string PreviewKey(PreviewContact preview) => $"preview-{preview.CampaignId}-{preview.EntryId}";

    private async Task CallPreviewAsync(int agentId, PreviewContact preview)
    {
        try
        {
            await grains.GetGrain<IAgentGrain>(agentId).CallPreviewAsync();
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex, agentId, PreviewKey(preview));
        }
        finally
        {
            if (wrapping.TryRemove(PreviewKey(preview), out var timer)) timer?.Dispose();
        }
    }

    private async Task CloseAsync(int agentId, string callId)
    {
        try
        {
            var (code, callback) = Disposition();
            var outcome = await grains.GetGrain<IAgentGrain>(agentId).SetDispositionAsync(
                new DispositionRequest(callId, code, "Bot", callback, false, null));
            if (!outcome.Ok) await grains.GetGrain<IAgentGrain>(agentId).ReadyAsync();
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex, agentId, callId);
        }
        finally
        {
            if (wrapping.TryRemove(callId, out var timer)) timer?.Dispose();
        }
    }

    private TimeSpan WrapUpTime()
    {
        var o = options.Value;
        lock (randomGate) return TimeSpan.FromSeconds(o.BotWrapUpSecondsMin + random.NextDouble() * (o.BotWrapUpSecondsMax - o.BotWrapUpSecondsMin));
    }

    private (string Code, DateTimeOffset? Callback) Disposition()
    {
        lock (randomGate)
        {
            var code = Codes[random.Next(Codes.Length)];
            return (code, code == "callback" ? clock.Now.AddHours(1 + random.Next(48)) : null);
        }
    }

    public void Dispose() => subscription?.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot {AgentId} could not log in: {Problem}")]
    private static partial void LogRefused(ILogger logger, int agentId, string? problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot {AgentId} failed to close call {CallId}")]
    private static partial void LogFailed(ILogger logger, Exception ex, int agentId, string callId);
}
