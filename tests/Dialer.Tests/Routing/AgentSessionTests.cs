using Outreach.Dialer.Routing;

namespace Outreach.Dialer.Tests.Routing;

public sealed class AgentSessionTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static AgentSession ReadyAgent()
    {
        var session = new AgentSession(7, T0);
        session.LogIn(T0);
        session.SetReady(T0);
        return session;
    }

    private static AgentSession AgentOnCall(string callId = "c1")
    {
        var session = ReadyAgent();
        session.Reserve(callId, T0.AddMinutes(1));
        session.Connect(callId, T0.AddMinutes(1));
        return session;
    }

    [Fact]
    public void Call_cycle_goes_ready_reserved_on_call_wrap_up_ready()
    {
        var session = AgentOnCall();
        Assert.Equal(AgentState.OnCall, session.State);
        Assert.True(session.HangUp("c1", T0.AddMinutes(4)).Accepted);
        Assert.Equal(AgentState.WrapUp, session.State);

        Assert.True(session.RecordDisposition("c1", "accepted", T0.AddMinutes(5)).Accepted);
        Assert.Equal((AgentState.Ready, "accepted", null), (session.State, session.LastDisposition, session.CallId));
    }

    [Fact]
    public void State_durations_are_recorded()
    {
        var session = AgentOnCall();
        session.HangUp("c1", T0.AddMinutes(4));
        session.RecordDisposition("c1", "declined", T0.AddMinutes(5));

        var times = session.TimeInStates(T0.AddMinutes(15));
        Assert.Equal(TimeSpan.FromMinutes(1 + 10), times[AgentState.Ready]);
        Assert.Equal(TimeSpan.FromMinutes(3), times[AgentState.OnCall]);
        Assert.Equal(TimeSpan.FromMinutes(1), times[AgentState.WrapUp]);
    }

    [Fact]
    public void Second_ready_is_harmless_and_keeps_the_idle_time()
    {
        var session = ReadyAgent();
        Assert.True(session.SetReady(T0.AddMinutes(3)).Accepted);
        Assert.Equal(T0, session.IdleSince);
    }

    [Fact]
    public void Second_hang_up_is_harmless()
    {
        var session = AgentOnCall();
        session.HangUp("c1", T0.AddMinutes(2));

        Assert.True(session.HangUp("c1", T0.AddMinutes(3)).Accepted);
        Assert.Equal(AgentState.WrapUp, session.State);
        Assert.Equal(T0.AddMinutes(2), session.StateSince);
    }

    [Fact]
    public void Disposition_for_a_call_the_agent_no_longer_holds_is_refused_with_a_reason()
    {
        var session = AgentOnCall();
        session.HangUp("c1", T0.AddMinutes(2));
        session.RecordDisposition("c1", "accepted", T0.AddMinutes(3));

        var again = session.RecordDisposition("c1", "declined", T0.AddMinutes(4));
        Assert.False(again.Accepted);
        Assert.Equal("Agent 7 holds no call, so call c1 cannot be changed.", again.Reason);
        Assert.Equal("accepted", session.LastDisposition);
    }

    [Fact]
    public void Disposition_for_another_call_names_the_held_one()
    {
        var session = AgentOnCall("c2");
        var result = session.RecordDisposition("c1", "accepted", T0.AddMinutes(3));
        Assert.Equal("Agent 7 holds call c2, not call c1.", result.Reason);
    }

    [Fact]
    public void Pause_needs_a_reason_and_is_refused_during_a_call()
    {
        var session = ReadyAgent();
        Assert.False(session.Pause(" ", T0).Accepted);
        Assert.True(session.Pause("Coffee", T0.AddMinutes(1)).Accepted);
        Assert.Equal((AgentState.Paused, "Coffee"), (session.State, session.PauseReason));

        var onCall = AgentOnCall();
        Assert.Equal("Finish call c1 before pausing.", onCall.Pause("Coffee", T0.AddMinutes(2)).Reason);
    }

    [Fact]
    public void Disposition_can_pause_the_agent_after_the_call()
    {
        var session = AgentOnCall();
        session.RecordDisposition("c1", "callback", T0.AddMinutes(3), thenPauseReason: "Training");
        Assert.Equal((AgentState.Paused, "Training"), (session.State, session.PauseReason));
    }

    [Fact]
    public void Released_reservation_returns_the_agent_to_ready()
    {
        var session = ReadyAgent();
        session.Reserve("c1", T0.AddMinutes(1));
        session.Release("c1", T0.AddMinutes(1));
        Assert.Equal((AgentState.Ready, null), (session.State, session.CallId));
    }

    [Fact]
    public void Logged_out_agent_cannot_go_ready_and_agent_on_a_call_cannot_log_out()
    {
        var session = new AgentSession(7, T0);
        Assert.Equal("Log in before going ready.", session.SetReady(T0).Reason);
        Assert.Equal("Finish call c1 before logging out.", AgentOnCall().LogOut(T0.AddMinutes(2)).Reason);
    }

    [Fact]
    public void Reserving_an_agent_who_is_not_ready_is_refused()
    {
        var session = new AgentSession(7, T0);
        session.LogIn(T0);
        Assert.False(session.Reserve("c1", T0).Accepted);
    }
}
