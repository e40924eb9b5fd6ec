using Orleans.Concurrency;
using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Outreach.Campaigns.Dialling;
using Outreach.Dialer.Compliance;
using Outreach.Dialer.Pacing;
using Outreach.Dialer.Routing;
using Outreach.Dialer.Starting;

namespace Outreach.Dialer.Engine;

/// <summary>
/// One campaign's dialling: lifecycle, hopper, pacing tick, attempts claimed before dialling, call events, routing of
/// live answers to its agents (longest idle first), retries and the abandon monitor. Reentrant: while it waits on the
/// database, call events and agents' states go on being handled, so a live answer never waits behind a hopper read.
/// Every await point leaves the grain's state consistent.
/// </summary>
[Reentrant]
public sealed partial class CampaignGrain(
    [PersistentState("campaign", EngineStorage.Name)] IPersistentState<CampaignGrainState> state,
    EngineServices engine,
    ILogger<CampaignGrain> logger) : Grain, ICampaignGrain, ICampaignCalls
{
    private readonly Hopper hopper = new();
    private readonly AgentRouter router = new();
    private readonly Dictionary<int, AgentPresence> agents = [];
    // The latest announcement heard from each agent, logged out ones included, to drop older ones arriving late.
    private readonly Dictionary<int, AgentPresence> lastPresence = [];
    private readonly Dictionary<string, long> attemptByCall = [];
    private readonly Dictionary<long, LiveCall> awaitingDisposition = [];
    private ConcurrentDictionary<long, LiveCall> calls = new();
    private CampaignSetup? setup;
    private PacingStatistics statistics = new();
    private IPacer? pacer;
    private AbandonMonitor? monitor;
    private CampaignCounts counts = new(0, 0, 0, 0, 0, 0);
    private long contactsLeft;
    private IGrainTimer? timer;
    private readonly SemaphoreSlim saving = new(1, 1);
    private bool ticking, refilling, dirty;
    private DateTimeOffset lastBoardAt, lastCountAt;

    private long Id => this.GetPrimaryKeyLong();
    private DateTimeOffset Now => engine.Clock.Now;
    private string Status => setup?.Campaign.Status ?? "missing";

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        calls = engine.Ledger.For(Id);
        if (!await LoadSetupAsync(cancellationToken)) return;
        counts = await engine.Attempts.CountsAsync(Id, cancellationToken);
        contactsLeft = await engine.Hopper.ContactsLeftAsync(Id, cancellationToken);
        await SeedAbandonMonitorAsync(cancellationToken);
        await RecoverCallsAsync(cancellationToken);
        foreach (var agentId in state.State.Agents) _ = GrainFactory.GetGrain<IAgentCalls>(agentId).AnnounceAsync();
        if (Status == CampaignStatus.Running || !calls.IsEmpty) StartTimer();
    }

    private async Task<bool> LoadSetupAsync(CancellationToken ct)
    {
        var campaign = await engine.Campaigns.GetAsync(Id, ct);
        if (campaign is null) return false;
        var settings = await engine.Campaigns.GetSettingsAsync(Id, ct) ?? new CampaignSettings();
        var previousMode = setup?.Mode;
        setup = CampaignSetup.From(campaign, settings);
        if (pacer is null || previousMode != setup.Mode) pacer = PacerFactory.Create(setup.Mode, setup.Pacing, engine.Clock.Time);
        monitor ??= new AbandonMonitor(setup.Profile);
        return true;
    }

    private async Task SeedAbandonMonitorAsync(CancellationToken ct)
    {
        monitor!.Replay(await engine.Attempts.LiveAnswersByMinuteAsync(Id, AbandonHistory.Since(setup!.Profile, Now), ct));
    }

    /// <summary>
    /// Calls still in this silo's ledger are picked up as they are; attempts without an outcome that are not there
    /// died with an earlier silo (or were claimed but never placed): they are closed as failed and their entries go
    /// back to the hopper under the next attempt number. Queued journal writes land first, so no finished call is
    /// mistaken for a lost one.
    /// </summary>
    private async Task RecoverCallsAsync(CancellationToken ct)
    {
        await engine.Journal.FlushAsync().WaitAsync(ct);
        foreach (var call in calls.Values)
        {
            if (call.CallId is { } callId) attemptByCall[callId] = call.AttemptId;
            if (call.Phase == LiveCallPhase.WaitingForAgent) OfferToRouter(call);
        }
        var lost = (await engine.Attempts.UnfinishedAsync(Id, ct)).Where(id => !calls.ContainsKey(id)).ToList();
        var closed = await engine.Attempts.ResolveLostAsync(lost, "failed", Now, ct);
        if (closed > 0) LogRecovered(logger, Id, closed);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        timer?.Dispose();
        connectLimitTimer?.Dispose();
        if (setup is not null) await SaveAsync();
    }

    public async Task<CommandOutcome> StartAsync(string actor)
    {
        if (!await LoadSetupAsync(CancellationToken.None)) return Missing();
        if (Status == CampaignStatus.Running) return CommandOutcome.Done;
        if (Status == CampaignStatus.Finished) return CommandOutcome.Refused("The campaign is finished; it cannot start again.");
        var problems = CampaignStartCheck.Check(await StartFactsAsync());
        if (problems.Count > 0) return CommandOutcome.Refused(string.Join(" ", problems.Select(p => p.Message)));
        var outcome = await MoveAsync(actor, CampaignStatus.Running, "start", null);
        if (!outcome.Ok) return outcome;
        state.State.Alert = null;
        StartTimer();
        await RefillAsync(Now);
        return outcome;
    }

    private async Task<CampaignStartFacts> StartFactsAsync()
    {
        contactsLeft = await engine.Hopper.ContactsLeftAsync(Id, CancellationToken.None);
        return new CampaignStartFacts
        {
            Channel = setup!.Campaign.Channel,
            ContactsToCall = (int)Math.Min(int.MaxValue, contactsLeft),
            AgentsLoggedIn = agents.Count,
            CallerId = setup.Campaign.CallerId,
            Profile = setup.Profile,
            ContactTimeZones = contactsLeft > 0 ? await engine.Hopper.TimeZonesLeftAsync(Id, CancellationToken.None) : [],
            NoAnswerTimeout = TimeSpan.FromSeconds(setup.Settings.NoAnswerTimeoutSeconds),
            Now = Now,
        };
    }

    public async Task<CommandOutcome> PauseAsync(string actor, string reason)
    {
        if (setup is null) return Missing();
        if (string.IsNullOrWhiteSpace(reason)) return CommandOutcome.Refused("Say why the campaign is paused.");
        if (Status == CampaignStatus.Paused) return CommandOutcome.Done;
        if (Status != CampaignStatus.Running) return CommandOutcome.Refused($"Only a running campaign can be paused; this one is {Status}.");
        return await MoveAsync(actor, CampaignStatus.Paused, "pause", reason.Trim());
    }

    public async Task<CommandOutcome> StopAsync(string actor)
    {
        if (setup is null) return Missing();
        if (Status == CampaignStatus.Finished) return CommandOutcome.Done;
        if (Status is not (CampaignStatus.Running or CampaignStatus.Paused))
            return CommandOutcome.Refused($"Only a running or paused campaign can be stopped; this one is {Status}.");
        var outcome = await MoveAsync(actor, CampaignStatus.Finished, "stop", null);
        if (outcome.Ok) hopper.Clear();
        return outcome;
    }

    public async Task<CommandOutcome> ChangePacingAsync(string actor, string mode, decimal targetAbandonRate)
    {
        if (setup is null) return Missing();
        if (!Enum.TryParse<DialingMode>(mode, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            return CommandOutcome.Refused($"'{mode}' is not a dialling mode: use preview, progressive, power, adaptive or predictive.");
        if (targetAbandonRate is < 0 or > 0.03m)
            return CommandOutcome.Refused("The abandon target must be between 0% and 3%.");
        var stored = parsed.ToString().ToLowerInvariant();
        await engine.Campaigns.UpdatePacingAsync(Id, stored, targetAbandonRate, CancellationToken.None);
        await engine.Audit.RecordAsync(actor, "campaign.pacing", "campaign", Id.ToString(),
            new { mode = stored, targetAbandonRate }, CancellationToken.None);
        await LoadSetupAsync(CancellationToken.None);
        pacer = PacerFactory.Create(setup.Mode, setup.Pacing, engine.Clock.Time);
        PublishBoard(Now);
        return CommandOutcome.Done;
    }

    public Task<CampaignBoard> GetBoardAsync() => Task.FromResult(Board(Now));

    public Task<int> CallsInFlightAsync() => Task.FromResult(calls.Count);

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private async Task<CommandOutcome> MoveAsync(string actor, string to, string verb, string? reason)
    {
        var from = Status;
        if (!await engine.Campaigns.ChangeStatusAsync(Id, from, to, CancellationToken.None))
        {
            await LoadSetupAsync(CancellationToken.None);
            return CommandOutcome.Refused($"The campaign changed meanwhile (it is now {Status}); try again.");
        }
        setup = setup! with { Campaign = setup.Campaign with { Status = to } };
        state.State.PauseReason = reason;
        await engine.Audit.RecordAsync(actor, $"campaign.{verb}", "campaign", Id.ToString(), new { from, to, reason }, CancellationToken.None);
        await SaveAsync();
        LogMoved(logger, Id, from, to, actor);
        PublishBoard(Now);
        return CommandOutcome.Done;
    }

    /// <summary>Checkpoints the grain's state; writes never overlap (the grain is reentrant).</summary>
    private async Task SaveAsync()
    {
        await saving.WaitAsync();
        try
        {
            dirty = false;
            await state.WriteStateAsync();
        }
        finally
        {
            saving.Release();
        }
    }

    private CommandOutcome Missing() => CommandOutcome.Refused($"Campaign {Id} does not exist.");

    private void StartTimer()
    {
        if (timer is not null || engine.Options.TickMilliseconds <= 0) return;
        var period = TimeSpan.FromMilliseconds(engine.Options.TickMilliseconds);
        timer = this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions(period, period) { Interleave = true, KeepAlive = true });
    }

    /// <summary>Not running and nothing in flight: the timer stops, after a last board so screens show the calls ended.</summary>
    private void StopTimerWhenIdle()
    {
        if (timer is null || Status == CampaignStatus.Running || !calls.IsEmpty || router.WaitingCalls > 0) return;
        timer.Dispose();
        timer = null;
        PublishBoard(Now);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Campaign {CampaignId} moved from {From} to {To} by {Actor}")]
    private static partial void LogMoved(ILogger logger, long campaignId, string from, string to, string actor);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Campaign {CampaignId}: {Count} attempts lost with an earlier activation were closed and their contacts re-queued")]
    private static partial void LogRecovered(ILogger logger, long campaignId, int count);
}
