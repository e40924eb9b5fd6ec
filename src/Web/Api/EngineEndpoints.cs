using Outreach.Campaigns.Users;
using Outreach.Dialer.Engine;
using Outreach.Web.Engine;

namespace Outreach.Web.Api;

/// <summary>
/// The engine's REST face: /api/desk for agents (their own state and calls, A1) and /api/engine for managers and
/// administrators (campaign boards and control, agent boards; M1, M3). Bad input is 400, a refusal by the engine 409,
/// a campaign outside the caller's departments 404; every command answers the board as it is afterwards.
/// </summary>
internal static class EngineEndpoints
{
    public sealed record LogInRequest(long[]? CampaignIds);

    public sealed record PauseRequest(string? Reason);

    public sealed record HangUpRequest(string? CallId);

    public sealed record DispositionBody(string? CallId, string? DispositionCode, string? Notes, DateTimeOffset? CallbackAt,
        bool CallbackToMe, string? ThenPauseReason);

    public sealed record PacingRequest(string? Mode, decimal? TargetAbandonRate);

    public sealed record JoinableCampaign(long Id, string Name, string Mode);

    public static void MapEngineEndpoints(this IEndpointRouteBuilder api)
    {
        MapDesk(api.MapGroup("/desk").RequireAuthorization(Role.Agent).WithTags("Agent desktop"));
        MapControl(api.MapGroup("/engine").RequireAuthorization(Role.Manager).WithTags("Engine control"));
    }

    private static void MapDesk(RouteGroupBuilder g)
    {
        g.MapGet("/", (HttpContext http, AgentDesk desk) => desk.BoardAsync(Me(http))).WithSummary("Your state, held call and today's figures.");
        g.MapGet("/campaigns", async (HttpContext http, AgentDesk desk, CancellationToken ct) =>
            (await desk.CampaignsToJoinAsync(Me(http), ct)).Select(c => new JoinableCampaign(c.Id, c.Name, c.DialingMode)))
            .WithSummary("The running campaigns of your department you may log in to.");
        g.MapGet("/campaigns/{id:long}/dispositions", (long id, AgentDesk desk, CancellationToken ct) => desk.DispositionsAsync(id, ct))
            .WithSummary("The disposition list of a campaign (its own, else the defaults).");
        g.MapPost("/login", (LogInRequest? body, HttpContext http, AgentDesk desk, CancellationToken ct) =>
            DeskAsync(http, desk, me => desk.LogInAsync(me, body?.CampaignIds, ct))).WithSummary("Logs in to campaigns, first = highest priority.");
        g.MapPost("/ready", (HttpContext http, AgentDesk desk) => DeskAsync(http, desk, desk.ReadyAsync)).WithSummary("Ready for calls.");
        g.MapPost("/pause", (PauseRequest? body, HttpContext http, AgentDesk desk) =>
            DeskAsync(http, desk, me => desk.PauseAsync(me, body?.Reason))).WithSummary("Paused, with a reason.");
        g.MapPost("/logout", (HttpContext http, AgentDesk desk) => DeskAsync(http, desk, desk.LogOutAsync)).WithSummary("Logs out of every campaign.");
        g.MapPost("/preview/call", (HttpContext http, AgentDesk desk) => DeskAsync(http, desk, desk.CallPreviewAsync))
            .WithSummary("Preview mode: calls the contact shown; the call is yours.");
        g.MapPost("/preview/skip", (HttpContext http, AgentDesk desk) => DeskAsync(http, desk, desk.SkipPreviewAsync))
            .WithSummary("Preview mode: passes over the contact shown; it is tried again later.");
        g.MapPost("/hangup", (HangUpRequest? body, HttpContext http, AgentDesk desk) =>
            DeskAsync(http, desk, me => desk.HangUpAsync(me, body?.CallId))).WithSummary("Ends the held call; you go to wrap-up.");
        g.MapPost("/disposition", async (DispositionBody? body, HttpContext http, AgentDesk desk, CancellationToken ct) =>
            body is null ? ApiProblems.Invalid("body", "Send { callId, dispositionCode, notes, callbackAt, callbackToMe }.")
                : await DeskAsync(http, desk, me => desk.DispositionAsync(me, new DispositionRequest(body.CallId ?? "", body.DispositionCode ?? "",
                    body.Notes, body.CallbackAt, body.CallbackToMe, body.ThenPauseReason), ct)))
            .WithSummary("Closes the held call with a disposition, notes and an optional callback.");
    }

    private static void MapControl(RouteGroupBuilder g)
    {
        g.MapGet("/campaigns", (HttpContext http, CampaignControl control, CancellationToken ct) => control.BoardsAsync(Me(http), ct))
            .WithSummary("The boards of your departments' unfinished campaigns.");
        g.MapGet("/campaigns/{id:long}", async (long id, HttpContext http, CampaignControl control, CancellationToken ct) =>
            await control.BoardAsync(Me(http), id, ct) is { } board ? TypedResults.Ok(board) : ApiProblems.NotFound($"Campaign {id}"))
            .WithSummary("One campaign's board.");
        g.MapGet("/campaigns/{id:long}/compliance", async (long id, HttpContext http, CampaignControl control, CancellationToken ct) =>
            await control.ComplianceAsync(Me(http), id, ct) is { } report ? TypedResults.Ok(report) : ApiProblems.NotFound($"Campaign {id}"))
            .WithSummary("The campaign's compliance report (D5): each figure, its limit and whether it is within it.");
        g.MapGet("/agents", (HttpContext http, CampaignControl control, CancellationToken ct) => control.AgentBoardsAsync(Me(http), ct))
            .WithSummary("The boards of your departments' logged-in agents.");
        g.MapPost("/campaigns/{id:long}/start", (long id, HttpContext http, CampaignControl c, CancellationToken ct) =>
            ControlAsync(id, http, c, me => c.StartAsync(me, id, ct), ct)).WithSummary("Starts (or resumes) dialling, after the start checks.");
        g.MapPost("/campaigns/{id:long}/pause", (long id, PauseRequest? body, HttpContext http, CampaignControl c, CancellationToken ct) =>
            ControlAsync(id, http, c, me => c.PauseAsync(me, id, body?.Reason, ct), ct)).WithSummary("Pauses dialling; calls in progress end normally.");
        g.MapPost("/campaigns/{id:long}/stop", (long id, HttpContext http, CampaignControl c, CancellationToken ct) =>
            ControlAsync(id, http, c, me => c.StopAsync(me, id, ct), ct)).WithSummary("Finishes the campaign.");
        g.MapPut("/campaigns/{id:long}/pacing", (long id, PacingRequest? body, HttpContext http, CampaignControl c, CancellationToken ct) =>
            ControlAsync(id, http, c, me => c.ChangePacingAsync(me, id, body?.Mode, body?.TargetAbandonRate, ct), ct))
            .WithSummary("Changes the dialling mode and the abandon target (a fraction, at most 0.03) live.");
        g.MapPut("/agents/{id:int}/campaigns", async (int id, LogInRequest? body, HttpContext http, CampaignControl c, IGrainFactory grains, CancellationToken ct) =>
            await c.MoveAgentAsync(Me(http), id, body?.CampaignIds, ct) is { Ok: false } refused ? Problem(refused)
                : TypedResults.Ok(await grains.GetGrain<IAgentGrain>(id).GetBoardAsync()))
            .WithSummary("Moves a logged-in agent to these campaigns of their department (not while on a call or in wrap-up); body { \"campaignIds\": [1] }.");
    }

    private static EngineUser Me(HttpContext http) => EngineUser.From(http.User);

    private static async Task<IResult> DeskAsync(HttpContext http, AgentDesk desk, Func<EngineUser, Task<EngineOutcome>> command)
    {
        var me = Me(http);
        var outcome = await command(me);
        return outcome.Ok ? TypedResults.Ok(await desk.BoardAsync(me)) : Problem(outcome);
    }

    private static async Task<IResult> ControlAsync(long id, HttpContext http, CampaignControl control,
        Func<EngineUser, Task<EngineOutcome>> command, CancellationToken ct)
    {
        var me = Me(http);
        var outcome = await command(me);
        return outcome.Ok ? TypedResults.Ok(await control.BoardAsync(me, id, ct)) : Problem(outcome);
    }

    private static IResult Problem(EngineOutcome outcome) =>
        outcome.IsInvalid ? ApiProblems.Invalid(outcome.Field!, outcome.Problem!)
        : outcome.Missing ? TypedResults.Problem(title: "Not found", detail: outcome.Problem, statusCode: StatusCodes.Status404NotFound)
        : TypedResults.Problem(title: "Refused", detail: outcome.Problem, statusCode: StatusCodes.Status409Conflict);
}
