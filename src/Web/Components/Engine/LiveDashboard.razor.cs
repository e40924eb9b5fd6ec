using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Outreach.Dialer.Engine;
using Outreach.Web.Engine;

namespace Outreach.Web.Components.Engine;

/// <summary>
/// Keeps a <see cref="DashboardModel"/> fed by the engine feed and renders it: boards arrive as they are published
/// (campaigns at least once a second while running) and are drawn together at most every <see cref="RenderGap"/>, so
/// a thousand agents changing state do not mean a thousand renders. A 1 s tick only moves the time-in-state column.
/// </summary>
public sealed partial class LiveDashboard
{
    private static readonly TimeSpan RenderGap = TimeSpan.FromMilliseconds(200);

    [Inject] private CampaignControl Control { get; set; } = default!;
    [Inject] private IEngineFeed Feed { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private ILogger<LiveDashboard> Log { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    private EngineUser _me = default!;
    private DashboardModel? _model;
    private readonly List<IDisposable> _subscriptions = [];
    private readonly Dictionary<long, string> _messages = [];
    private ITimer? _tick;
    private bool _renderPending;
    private bool _busy;
    private DateTimeOffset? _lastBoardAt;
    private readonly CancellationTokenSource _closing = new();

    private IReadOnlyDictionary<long, string> CampaignNames =>
        _model?.Campaigns.ToDictionary(c => c.CampaignId, c => c.Name) ?? new Dictionary<long, string>();

    protected override async Task OnInitializedAsync()
    {
        if (!RendererInfo.IsInteractive) return;
        _me = EngineUser.From((await Auth).User);
        // Listen first, then load: a board published in between is applied if newer than the loaded one.
        _subscriptions.Add(Feed.OnCampaign(null, b => _ = InvokeAsync(() => TakeCampaignAsync(b))));
        _subscriptions.Add(Feed.OnAgent(null, b => _ = InvokeAsync(() => Take(_model?.Apply(b) == true, b.At))));
        _tick = Clock.CreateTimer(_ => _ = InvokeAsync(StateHasChanged), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var agents = await Control.AgentsAsync(_me, _closing.Token);
        var campaignBoards = await Control.BoardsAsync(_me, _closing.Token);
        var agentBoards = await Control.AgentBoardsAsync(_me, _closing.Token);
        _model = new DashboardModel(campaignBoards, agents.ToDictionary(a => a.Id, a => a.DisplayName), agentBoards);
    }

    // A board of a campaign not on the dashboard is checked once: one of the manager's departments started elsewhere joins it.
    private async Task TakeCampaignAsync(CampaignBoard board)
    {
        if (_model is null) return;
        var added = false;
        if (!_model.Watches(board.CampaignId) && _checked.Add(board.CampaignId))
        {
            try
            {
                if (await Control.BoardAsync(_me, board.CampaignId, _closing.Token) is { } visible)
                {
                    _model.Watch(visible);
                    added = true;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.LogWarning(e, "Could not check campaign {CampaignId} for the dashboard", board.CampaignId);
                _checked.Remove(board.CampaignId);
            }
        }
        Take(_model.Apply(board) || added, board.At);
    }

    private readonly HashSet<long> _checked = [];

    private void Take(bool changed, DateTimeOffset at)
    {
        if (!changed || _closing.IsCancellationRequested) return;
        _lastBoardAt = at;
        if (_renderPending) return;
        _renderPending = true;
        _ = RenderSoonAsync();
    }

    private async Task RenderSoonAsync()
    {
        try { await Task.Delay(RenderGap, Clock, _closing.Token); }
        catch (OperationCanceledException) { return; }
        await InvokeAsync(() =>
        {
            _renderPending = false;
            StateHasChanged();
        });
    }

    private Task RunAsync(CampaignCommand command) => OneCommandAsync(_messages, command.CampaignId, async () =>
    {
        var outcome = await SendAsync(command);
        if (await Control.BoardAsync(_me, command.CampaignId, _closing.Token) is { } board) _model?.Apply(board);
        // A campaign started from here may have become visible in other lists: reload after lifecycle changes.
        if (outcome.Ok && command.Kind != CampaignCommand.Pacing) await LoadAsync();
        return outcome;
    }, $"{command.Kind} on campaign {command.CampaignId}");

    private readonly Dictionary<int, string> _agentMessages = [];

    /// <summary>Moves an agent to one campaign; the agent's new board arrives through the feed, a refusal shows on its row.</summary>
    private Task MoveAsync(AgentMove move) => OneCommandAsync(_agentMessages, move.AgentId,
        () => Control.MoveAgentAsync(_me, move.AgentId, [move.CampaignId], _closing.Token), $"move of agent {move.AgentId} to campaign {move.CampaignId}");

    /// <summary>
    /// One command at a time (the buttons are disabled meanwhile): its refusal, or an engine that did not answer, becomes
    /// the message shown beside what it was about (a campaign card, an agent row).
    /// </summary>
    private async Task OneCommandAsync<TKey>(Dictionary<TKey, string> messages, TKey about, Func<Task<EngineOutcome>> command, string what)
        where TKey : notnull
    {
        if (_busy) return;
        _busy = true;
        messages.Remove(about);
        try
        {
            var outcome = await command();
            if (!outcome.Ok) messages[about] = outcome.Problem ?? "Refused.";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.LogWarning(e, "Dashboard command failed: {Command}", what);
            messages[about] = "The engine did not answer; try again in a moment.";
        }
        finally
        {
            _busy = false;
        }
    }

    private Task<EngineOutcome> SendAsync(CampaignCommand c) => c.Kind switch
    {
        CampaignCommand.Start => Control.StartAsync(_me, c.CampaignId, _closing.Token),
        CampaignCommand.Pause => Control.PauseAsync(_me, c.CampaignId, null, _closing.Token),
        CampaignCommand.Stop => Control.StopAsync(_me, c.CampaignId, _closing.Token),
        _ => Control.ChangePacingAsync(_me, c.CampaignId, c.Mode, c.TargetPercent / 100, _closing.Token),
    };

    public void Dispose()
    {
        foreach (var s in _subscriptions) s.Dispose();
        _tick?.Dispose();
        _closing.Cancel();
        _closing.Dispose();
    }
}
