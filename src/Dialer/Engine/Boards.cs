namespace Outreach.Dialer.Engine;

/// <summary>The answer to a command: done, or refused with a message for the person who asked.</summary>
[GenerateSerializer, Immutable]
public sealed record CommandOutcome([property: Id(0)] bool Ok, [property: Id(1)] string? Problem)
{
    public static readonly CommandOutcome Done = new(true, null);
    public static CommandOutcome Refused(string problem) => new(false, problem);
}

/// <summary>What an agent decides at the end of a call (A1, C4 callbacks).</summary>
[GenerateSerializer, Immutable]
public sealed record DispositionRequest(
    [property: Id(0)] string CallId,
    [property: Id(1)] string DispositionCode,
    [property: Id(2)] string? Notes,
    [property: Id(3)] DateTimeOffset? CallbackAt,
    [property: Id(4)] bool CallbackToSameAgent,
    [property: Id(5)] string? ThenPauseReason);

/// <summary>The call an agent holds: the desktop pops the subscriber card from it.</summary>
[GenerateSerializer, Immutable]
public sealed record AgentCall(
    [property: Id(0)] string CallId,
    [property: Id(1)] long AttemptId,
    [property: Id(2)] long CampaignId,
    [property: Id(3)] long SubscriberId,
    [property: Id(4)] string Phone,
    [property: Id(5)] DateTimeOffset ConnectedAt,
    [property: Id(6)] DateTimeOffset? EndedAt);

/// <summary>An agent's figures for today (A1, M3).</summary>
[GenerateSerializer, Immutable]
public sealed record AgentDayFigures(
    [property: Id(0)] int Calls,
    [property: Id(1)] TimeSpan Talk,
    [property: Id(2)] TimeSpan Wait,
    [property: Id(3)] TimeSpan WrapUp);

/// <summary>An agent as the desktop and the dashboard show it; published on every change.</summary>
[GenerateSerializer, Immutable]
public sealed record AgentBoard(
    [property: Id(0)] int AgentId,
    [property: Id(1)] string State,
    [property: Id(2)] DateTimeOffset StateSince,
    [property: Id(3)] string? PauseReason,
    [property: Id(4)] AgentCall? Call,
    [property: Id(5)] IReadOnlyList<long> CampaignIds,
    [property: Id(6)] AgentDayFigures Today,
    [property: Id(7)] DateTimeOffset At,
    [property: Id(8)] PreviewContact? Preview = null,
    [property: Id(9)] string? PreviewNote = null);

/// <summary>
/// Preview mode (D1): the contact a campaign shows an agent before any call is placed. The agent reads the card and
/// calls (the call is then bound to that agent) or skips. <see cref="CallId"/> is set while the agent's call rings.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PreviewContact(
    [property: Id(0)] long EntryId,
    [property: Id(1)] long CampaignId,
    [property: Id(2)] long SubscriberId,
    [property: Id(3)] string Phone,
    [property: Id(4)] DateTimeOffset OfferedAt,
    [property: Id(5)] string? CallId = null);

/// <summary>The campaign's answer to an agent calling its preview: the call placed, or why not.</summary>
[GenerateSerializer, Immutable]
public sealed record PreviewDial([property: Id(0)] string? CallId, [property: Id(1)] string? Problem)
{
    public static PreviewDial Placed(string callId) => new(callId, null);
    public static PreviewDial Refused(string problem) => new(null, problem);
}

/// <summary>A campaign as the dashboard shows it (M1); published at least once a second while it runs.</summary>
[GenerateSerializer, Immutable]
public sealed record CampaignBoard(
    [property: Id(0)] long CampaignId,
    [property: Id(1)] string Name,
    [property: Id(2)] string Status,
    [property: Id(3)] string Mode,
    [property: Id(4)] decimal TargetAbandonRate,
    [property: Id(5)] long CallsPlaced,
    [property: Id(6)] int InFlight,
    [property: Id(7)] long HumanAnswers,
    [property: Id(8)] long Machines,
    [property: Id(9)] long Connected,
    [property: Id(10)] long Abandoned,
    [property: Id(11)] double AbandonRateCampaign,
    [property: Id(12)] double AbandonRateLastHour,
    [property: Id(13)] double DialLevel,
    [property: Id(14)] long ContactsLeft,
    [property: Id(15)] IReadOnlyDictionary<string, int> AgentsByState,
    [property: Id(16)] string? Alert,
    [property: Id(17)] DateTimeOffset At,
    [property: Id(18)] double WaitRate = 0,
    [property: Id(19)] double? TargetWaitRate = null);
