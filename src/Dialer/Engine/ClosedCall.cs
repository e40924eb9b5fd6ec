namespace Outreach.Dialer.Engine;

/// <summary>An agent closed a call with a disposition: the campaign records it and schedules any callback.</summary>
[GenerateSerializer, Immutable, Alias("Outreach.ClosedCall")]
public sealed record ClosedCall(
    [property: Id(0)] long AttemptId,
    [property: Id(1)] int AgentId,
    [property: Id(2)] string DispositionCode,
    [property: Id(3)] string? Notes,
    [property: Id(4)] DateTimeOffset? CallbackAt,
    [property: Id(5)] bool CallbackToSameAgent,
    [property: Id(6)] TimeSpan Talk,
    [property: Id(7)] TimeSpan WrapUp,
    [property: Id(8)] DateTimeOffset At);
