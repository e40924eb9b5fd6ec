using Outreach.Dialer.Routing;

namespace Outreach.Dialer.Engine;

/// <summary>An agent's state as it tells each campaign it serves; a higher priority wins the agent when calls compete.</summary>
[GenerateSerializer, Immutable, Alias("Outreach.AgentPresence")]
public sealed record AgentPresence(
    [property: Id(0)] int AgentId,
    [property: Id(1)] AgentState State,
    [property: Id(2)] DateTimeOffset Since,
    [property: Id(3)] int Priority,
    [property: Id(4)] IReadOnlyList<string>? Skills = null);
