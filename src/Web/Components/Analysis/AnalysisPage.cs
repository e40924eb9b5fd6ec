using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Outreach.Campaigns.Targeting.Analysis;
using Outreach.Web.Targeting.Analysis;

namespace Outreach.Web.Components.Analysis;

/// <summary>
/// The shape of the ML segments, patterns and propensity pages: the latest job of the page's kind read from
/// the database (so a reload shows a run in progress), polled while it runs, results reloaded when it ends,
/// and a refresh that the database refuses while a run is active.
/// </summary>
public abstract class AnalysisPage : ComponentBase, IDisposable
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromSeconds(1);
    private readonly CancellationTokenSource disposed = new();
    private bool polling;

    [Inject] protected AnalysisJobRepository Jobs { get; set; } = default!;
    [Inject] private AnalysisQueue Queue { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Auth { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [Inject] private ILogger<AnalysisPage> Logger { get; set; } = default!;

    /// <summary>The kind of job the page runs and shows.</summary>
    protected abstract string Kind { get; }

    /// <summary>The newest job of the kind, whatever its status.</summary>
    protected AnalysisJob? Latest { get; private set; }

    /// <summary>Why the last refresh was refused, for the page to show.</summary>
    protected string? Refusal { get; set; }

    protected CancellationToken PageToken => disposed.Token;

    /// <summary>False until the page's first render in the live circuit: prerendered buttons would do nothing, so they wait.</summary>
    protected bool Ready { get; private set; }

    // Runs only in the live circuit, never while prerendering.
    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender)
            return;
        Ready = true;
        StateHasChanged();
    }

    /// <summary>Loads what the newest finished job of the kind found.</summary>
    protected abstract Task LoadResultsAsync(CancellationToken ct);

    protected static T? Read<T>(string? json) => json is null ? default : JsonSerializer.Deserialize<T>(json, AnalysisQueue.Json);

    protected override async Task OnInitializedAsync()
    {
        Latest = await Jobs.LatestAsync(Kind, PageToken);
        await LoadResultsAsync(PageToken);
        StartPolling();
    }

    /// <summary>Queues a run; a refusal (one already active) is shown, not thrown.</summary>
    protected async Task RequestAsync(object parameters)
    {
        var actor = (await Auth.GetAuthenticationStateAsync()).User.Identity?.Name ?? "unknown";
        var (_, refusal) = await Queue.RequestAsync(Kind, parameters, actor, PageToken);
        Refusal = refusal;
        Latest = await Jobs.LatestAsync(Kind, PageToken);
        StartPolling();
    }

    private void StartPolling()
    {
        if (polling || Latest is not { IsActive: true })
            return;
        polling = true;
        _ = PollAsync();
    }

    private async Task PollAsync()
    {
        try
        {
            using var timer = new PeriodicTimer(PollEvery, Time);
            while (await timer.WaitForNextTickAsync(PageToken))
            {
                Latest = await Jobs.LatestAsync(Kind, PageToken);
                if (Latest is not { IsActive: true })
                {
                    await LoadResultsAsync(PageToken);
                    await InvokeAsync(StateHasChanged);
                    break;
                }
                await InvokeAsync(StateHasChanged);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            Logger.LogError(e, "Polling analysis job of kind {Kind} failed", Kind);
        }
        finally
        {
            polling = false;
        }
    }

    // Cancelled, not disposed: a poll still winding down may read the token after the page is gone.
    public void Dispose()
    {
        disposed.Cancel();
        GC.SuppressFinalize(this);
    }
}
