using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Outreach.Campaigns.Dialling;
using Outreach.Dialer.Engine;
using Outreach.Web.Engine;

namespace Outreach.Web.Components.Pages;

/// <summary>
/// The agent desktop (A1). The agent's boards are pushed by the engine feed into this circuit; a call that arrives
/// pops its card and script at once. A 1 s tick only moves the timers on screen. Every command disables the
/// buttons until it is answered, so a double click sends it once; refusals are shown as they come.
/// </summary>
public sealed partial class AgentDesktop
{
    [Inject] private AgentDesk Desk { get; set; } = default!;
    [Inject] private IEngineFeed Feed { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private ILogger<AgentDesktop> Log { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    private EngineUser _me = default!;
    private AgentBoard? _board;
    private DeskCall? _call;
    private IReadOnlyList<Campaign> _joinable = [];
    private bool _busy;
    private string? _message;
    private string? _info;
    private IDisposable? _subscription;
    private ITimer? _tick;
    private readonly CancellationTokenSource _closing = new();

    private DateTimeOffset Now => Clock.GetUtcNow();

    private IReadOnlyList<string> CampaignNames => _board?.CampaignIds
        .Select(id => _joinable.FirstOrDefault(c => c.Id == id)?.Name ?? $"#{id}").ToList() ?? [];

    private bool InPreviewCampaign => _board?.CampaignIds.Any(id => _joinable.FirstOrDefault(c => c.Id == id)?.DialingMode == "preview") == true;

    protected override async Task OnInitializedAsync()
    {
        _me = EngineUser.From((await Auth).User);
        // The prerendered copy only shows the frame; the live circuit listens and loads.
        if (!RendererInfo.IsInteractive) return;
        _subscription = Feed.OnAgent(_me.Id, board => _ = InvokeAsync(() => ShowAsync(board)));
        _tick = Clock.CreateTimer(_ => _ = InvokeAsync(StateHasChanged), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        _campaignsTick = Clock.CreateTimer(_ => _ = InvokeAsync(RefreshJoinableAsync), null, JoinableRefresh, JoinableRefresh);
        _joinable = await Desk.CampaignsToJoinAsync(_me, _closing.Token);
        await ShowAsync(await Desk.BoardAsync(_me));
    }

    /// <summary>Takes a board newer than the one shown; opens a call that just arrived (once, however many boards carry it).</summary>
    private async Task ShowAsync(AgentBoard board)
    {
        if (_board is not null && board.At < _board.At) return;
        var before = _board;
        _board = board;
        if (MovedByManager(before, board)) await SayMovedAsync();
        await ShowPreviewAsync(board);
        if (board.Call is null)
        {
            (_call, _openingCallId) = (null, null);
        }
        else if (_openingCallId != board.Call.CallId)
        {
            _openingCallId = board.Call.CallId;
            _info = null;
            var opened = await Desk.OpenCallAsync(board.Call, _closing.Token);
            if (_board.Call?.CallId == opened.Call.CallId) _call = opened;
        }
        StateHasChanged();
    }

    private string? _openingCallId;

    private DeskPreview? _preview;
    private long? _openingPreview;

    /// <summary>Preview mode: reads the card of a contact just shown (once per contact).</summary>
    private async Task ShowPreviewAsync(AgentBoard board)
    {
        if (board.Preview is not { } contact)
        {
            (_preview, _openingPreview) = (null, null);
            return;
        }
        if (_openingPreview == contact.EntryId) return;
        _openingPreview = contact.EntryId;
        var opened = await Desk.OpenPreviewAsync(contact, _closing.Token);
        if (_board?.Preview?.EntryId == contact.EntryId) _preview = opened;
    }

    private Task CallPreviewAsync() => RunAsync(() => Desk.CallPreviewAsync(_me));

    private Task SkipPreviewAsync() => RunAsync(() => Desk.SkipPreviewAsync(_me));

    // Campaigns change under a logged-in desk only by a manager's move: the desk's own log-in happens while logged out.
    private bool MovedByManager(AgentBoard? before, AgentBoard now) =>
        before is not null && !_busy && !AgentStates.Is(before.State, AgentStates.LoggedOut) && !AgentStates.Is(now.State, AgentStates.LoggedOut)
        && !before.CampaignIds.SequenceEqual(now.CampaignIds);

    private async Task SayMovedAsync()
    {
        _joinable = await Desk.CampaignsToJoinAsync(_me, _closing.Token);   // the new campaign may be younger than the page
        _info = $"A manager moved you to {string.Join(", ", CampaignNames)}.";
    }

    /// <summary>How often a logged-out desk re-reads the campaigns it may join (a manager may have just created one).</summary>
    private static readonly TimeSpan JoinableRefresh = TimeSpan.FromSeconds(15);

    private ITimer? _campaignsTick;

    private async Task RefreshJoinableAsync()
    {
        if (_board is null || !AgentStates.Is(_board.State, AgentStates.LoggedOut) || _busy) return;
        try
        {
            _joinable = await Desk.CampaignsToJoinAsync(_me, _closing.Token);
            StateHasChanged();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.LogWarning(e, "Refreshing the campaigns agent {AgentId} may join failed", _me.Id);
        }
    }

    private async Task LogInAsync(IReadOnlyList<long> ids)
    {
        if ((await RunAsync(() => Desk.LogInAsync(_me, ids, _closing.Token))).Ok)
            _joinable = await Desk.CampaignsToJoinAsync(_me, _closing.Token);
    }

    private Task ReadyAsync() => RunAsync(() => Desk.ReadyAsync(_me));

    private Task PauseAsync(string reason) => RunAsync(() => Desk.PauseAsync(_me, reason));

    private async Task LogOutAsync()
    {
        if ((await RunAsync(() => Desk.LogOutAsync(_me))).Ok) _joinable = await Desk.CampaignsToJoinAsync(_me, _closing.Token);
    }

    private Task HangUpAsync() => _board?.Call is { } call ? RunAsync(() => Desk.HangUpAsync(_me, call.CallId)) : Task.CompletedTask;

    /// <summary>Saves the disposition; a refusal is shown under the form (returned), success above the desk.</summary>
    private async Task<string?> DispositionAsync(DispositionRequest request)
    {
        if (_busy) return null; // a second click while the first is on its way
        var label = _call?.Dispositions.FirstOrDefault(d => d.Code == request.DispositionCode)?.Label ?? request.DispositionCode;
        var outcome = await RunAsync(() => Desk.DispositionAsync(_me, request, _closing.Token), showRefusal: false);
        if (!outcome.Ok) return outcome.Problem;
        var zone = _call?.Card?.Subscriber.TimeZone;
        _info = $"Saved: {label}" + (request.CallbackAt is { } at ? $", callback {CallbackTime.Display(at, zone)}" : "") + ".";
        return null;
    }

    /// <summary>Runs one command with the buttons disabled, then shows the board it left; a refusal becomes the message on top.</summary>
    private async Task<EngineOutcome> RunAsync(Func<Task<EngineOutcome>> command, bool showRefusal = true)
    {
        if (_busy) return EngineOutcome.Refused("A command is still running.");
        _busy = true;
        _message = null;
        EngineOutcome outcome;
        try
        {
            outcome = await command();
            await ShowAsync(await Desk.BoardAsync(_me));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.LogWarning(e, "Desktop command failed for agent {AgentId}", _me.Id);
            outcome = EngineOutcome.Refused("The engine did not answer; try again in a moment.");
        }
        finally
        {
            _busy = false;
        }
        if (showRefusal && !outcome.Ok) _message = outcome.Problem;
        return outcome;
    }

    private DateTimeOffset WrapUpSince(AgentCall call) => call.EndedAt ?? _board!.StateSince;

    public void Dispose()
    {
        _subscription?.Dispose();
        _tick?.Dispose();
        _campaignsTick?.Dispose();
        _closing.Cancel();
        _closing.Dispose();
    }
}
