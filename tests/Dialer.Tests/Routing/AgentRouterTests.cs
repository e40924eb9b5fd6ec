using Outreach.Dialer.Routing;

namespace Outreach.Dialer.Tests.Routing;

public sealed class AgentRouterTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private const long Sales = 1, Survey = 2;

    private static WaitingCall Call(string id, long campaign, double greetingEndedSecond = 0)
    {
        var greetingEnded = T0.AddSeconds(greetingEndedSecond);
        return new WaitingCall(id, campaign, greetingEnded, ConnectDeadline.Default.DueAt(greetingEnded));
    }

    private static AgentRouter RouterWith(params (int Agent, DateTimeOffset IdleSince, CampaignAssignment[] Campaigns)[] agents)
    {
        var router = new AgentRouter();
        foreach (var (agent, idleSince, campaigns) in agents)
        {
            router.Assign(agent, campaigns);
            router.Ready(agent, idleSince);
        }
        return router;
    }

    private static AgentRouter SkilledRouter()
    {
        // Agent 1 has waited longest and speaks English only; agent 2 speaks both; agent 3 lists no skills.
        var router = RouterWith(
            (1, T0.AddMinutes(-9), [new(Sales)]),
            (2, T0.AddMinutes(-5), [new(Sales)]),
            (3, T0.AddMinutes(-7), [new(Sales)]));
        router.SetSkills(1, ["en"]);
        router.SetSkills(2, ["en", "es"]);
        return router;
    }

    [Fact]
    public void A_call_asking_for_a_skill_goes_to_the_longest_idle_agent_who_has_it()
    {
        var router = SkilledRouter();
        router.Offer(Call("c-es", Sales) with { Skill = "es" });

        Assert.Equal(2, Assert.Single(router.Route(T0).Reserved).AgentId);
    }

    [Fact]
    public void Each_call_finds_its_skill_before_anyone_takes_what_is_left()
    {
        var router = SkilledRouter();
        router.Offer(Call("c-es", Sales) with { Skill = "es" });
        router.Offer(Call("c-en", Sales, 0.5) with { Skill = "en" });
        router.Offer(Call("c-fr", Sales, 1) with { Skill = "fr" });

        var byCall = router.Route(T0).Reserved.ToDictionary(r => r.CallId, r => r.AgentId);

        Assert.Equal(2, byCall["c-es"]);
        Assert.Equal(1, byCall["c-en"]);
        Assert.Equal(3, byCall["c-fr"]);   // nobody speaks French: the agent still free takes it rather than let it be abandoned
    }

    [Fact]
    public void With_no_agent_free_who_has_the_skill_the_longest_idle_agent_takes_the_call()
    {
        var router = SkilledRouter();
        router.Offer(Call("c-es", Sales) with { Skill = "es" });
        router.Offer(Call("c-es2", Sales, 0.5) with { Skill = "es" });

        var byCall = router.Route(T0).Reserved.ToDictionary(r => r.CallId, r => r.AgentId);

        Assert.Equal(2, byCall["c-es"]);
        Assert.Equal(1, byCall["c-es2"]);
    }

    [Fact]
    public void Calls_without_a_skill_keep_the_longest_idle_order()
    {
        var router = SkilledRouter();
        router.Offer(Call("c1", Sales));

        Assert.Equal(1, Assert.Single(router.Route(T0).Reserved).AgentId);
    }

    [Fact]
    public void Live_answer_goes_to_the_longest_idle_ready_agent_of_its_campaign()
    {
        var router = RouterWith(
            (1, T0.AddMinutes(-1), [new(Sales)]),
            (2, T0.AddMinutes(-5), [new(Sales)]),
            (3, T0.AddMinutes(-9), [new(Survey)]));
        router.Offer(Call("c1", Sales));

        var reservation = Assert.Single(router.Route(T0).Reserved);
        Assert.Equal(2, reservation.AgentId);
        Assert.Equal(1, router.ReadyAgents(Sales));
    }

    [Fact]
    public void Higher_priority_campaign_wins_an_agent_free_for_both()
    {
        var router = RouterWith((1, T0.AddMinutes(-1), [new(Sales, Priority: 1), new(Survey, Priority: 5)]));
        router.Offer(Call("sales-call", Sales));
        router.Offer(Call("survey-call", Survey));

        Assert.Equal("survey-call", Assert.Single(router.Route(T0).Reserved).CallId);
        Assert.Equal(1, router.WaitingCalls);
    }

    [Fact]
    public void Call_not_routed_within_two_seconds_of_the_greeting_end_is_abandoned_at_the_limit()
    {
        var router = RouterWith();
        router.Offer(Call("c1", Sales));

        Assert.Equal(T0.AddSeconds(2), router.EarliestConnectBy);
        Assert.Empty(router.Route(T0.AddSeconds(1.99)).Abandoned);
        var result = router.Route(T0.AddSeconds(2));
        Assert.Equal("c1", Assert.Single(result.Abandoned).CallId);
        Assert.Equal(0, router.WaitingCalls);
        Assert.Null(router.EarliestConnectBy);
    }

    [Fact]
    public void Agent_becoming_ready_inside_the_limit_gets_the_waiting_call()
    {
        var router = RouterWith();
        router.Assign(7, [new(Sales)]);
        router.Offer(Call("c1", Sales));
        Assert.Empty(router.Route(T0.AddSeconds(0.5)).Reserved);

        router.Ready(7, T0.AddSeconds(1));
        Assert.Equal(7, Assert.Single(router.Route(T0.AddSeconds(1)).Reserved).AgentId);
    }

    [Fact]
    public void Released_agent_keeps_its_place_in_the_idle_order()
    {
        var router = RouterWith((1, T0.AddMinutes(-9), [new(Sales)]), (2, T0.AddMinutes(-1), [new(Sales)]));
        router.Offer(Call("c1", Sales));
        router.Route(T0);
        router.Release("c1");
        router.Offer(Call("c2", Sales, 5));

        Assert.Equal(1, Assert.Single(router.Route(T0.AddSeconds(5)).Reserved).AgentId);
    }

    [Fact]
    public void Connected_agent_takes_no_call_until_ready_again()
    {
        var router = RouterWith((1, T0.AddMinutes(-1), [new(Sales)]));
        router.Offer(Call("c1", Sales));
        router.Route(T0);
        router.Connected("c1");
        router.Offer(Call("c2", Sales, 1));

        Assert.Empty(router.Route(T0.AddSeconds(1)).Reserved);
        router.Ready(1, T0.AddSeconds(2));
        Assert.Equal("c2", Assert.Single(router.Route(T0.AddSeconds(2)).Reserved).CallId);
    }

    [Fact]
    public void Withdrawn_call_is_neither_routed_nor_abandoned()
    {
        // An agent is free for it before its limit, and the limit passes: only the withdrawal keeps it from either.
        var router = RouterWith((1, T0.AddMinutes(-1), [new(Sales)]));
        router.Offer(Call("c1", Sales));

        Assert.True(router.Withdraw("c1"));
        Assert.False(router.Withdraw("c1"));
        Assert.Same(RoutingResult.Nothing, router.Route(T0));
        Assert.Same(RoutingResult.Nothing, router.Route(T0.AddSeconds(10)));
        Assert.Equal(1, router.ReadyAgents(Sales));
    }

    [Fact]
    public void Repeated_ready_keeps_the_earlier_idle_time()
    {
        var router = RouterWith((1, T0.AddMinutes(-9), [new(Sales)]), (2, T0.AddMinutes(-5), [new(Sales)]));
        router.Ready(1, T0);
        router.Offer(Call("c1", Sales));

        Assert.Equal(1, Assert.Single(router.Route(T0).Reserved).AgentId);
    }

    [Fact]
    public void Paused_agent_is_passed_over()
    {
        var router = RouterWith((1, T0.AddMinutes(-9), [new(Sales)]), (2, T0.AddMinutes(-5), [new(Sales)]));
        router.NotReady(1);
        router.Offer(Call("c1", Sales));

        Assert.Equal(2, Assert.Single(router.Route(T0).Reserved).AgentId);
    }

    [Fact]
    public void Connect_deadline_runs_from_the_greeting_end_with_the_campaign_setting()
    {
        var deadline = ConnectDeadline.FromSeconds(3);

        Assert.Equal(T0.AddSeconds(3), deadline.DueAt(T0));
        Assert.False(deadline.IsMissed(T0, T0.AddSeconds(2.99)));
        Assert.True(deadline.IsMissed(T0, T0.AddSeconds(3)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConnectDeadline.FromSeconds(0));
    }
}
