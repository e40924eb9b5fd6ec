using Outreach.Dialer.Engine;
using Outreach.Dialer.Routing;

namespace Outreach.Dialer.Tests.Engine;

/// <summary>One-way presence messages may cross: a campaign keeps the latest state an agent announced.</summary>
public sealed class AgentPresenceTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid First = Guid.NewGuid(), Second = Guid.NewGuid();

    private static AgentPresence Presence(AgentState state, Guid activation, long sequence) =>
        new(7, state, T0, 1, null, activation, sequence);

    [Fact]
    public void A_state_announced_before_the_one_heard_is_older()
    {
        var ready = Presence(AgentState.Ready, First, 2);
        Assert.True(Presence(AgentState.Paused, First, 1).IsOlderThan(ready));
        Assert.False(Presence(AgentState.Paused, First, 3).IsOlderThan(ready));
    }

    [Fact]
    public void A_new_activation_or_nothing_heard_yet_is_never_older()
    {
        Assert.False(Presence(AgentState.Paused, Second, 1).IsOlderThan(Presence(AgentState.Ready, First, 9)));
        Assert.False(Presence(AgentState.Paused, First, 1).IsOlderThan(null));
    }
}
