using Outreach.Dialer.Routing;

namespace Outreach.Dialer.Engine;

/// <summary>
/// An agent's state as it tells each campaign it serves; a higher priority wins the agent when calls compete.
/// <see cref="Sequence"/> numbers the announcements of one activation of the agent grain (<see cref="Activation"/>):
/// one-way messages may arrive out of order, and a campaign must not let an older state overwrite a newer one.
/// </summary>
[GenerateSerializer, Immutable, Alias("Outreach.AgentPresence")]
public sealed record AgentPresence(
    [property: Id(0)] int AgentId,
    [property: Id(1)] AgentState State,
    [property: Id(2)] DateTimeOffset Since,
    [property: Id(3)] int Priority,
    [property: Id(4)] IReadOnlyList<string>? Skills = null,
    [property: Id(5)] Guid Activation = default,
    [property: Id(6)] long Sequence = 0)
{
    /// <summary>True when <paramref name="earlier"/> came from the same activation and was announced after this one.</summary>
    public bool IsOlderThan(AgentPresence? earlier) =>
        earlier is not null && earlier.Activation == Activation && earlier.Sequence > Sequence;
}
