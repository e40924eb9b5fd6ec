using Outreach.Dialer.Retries;
using Outreach.Telephony;

namespace Outreach.Dialer.Tests.Retries;

public sealed class RetryPolicyTests
{
    private static readonly DateTimeOffset Ended = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly RetryPolicy Policy = RetryPolicy.Default;

    [Theory]
    [InlineData(RetryCause.Busy, 10)]
    [InlineData(RetryCause.NoAnswer, 120)]
    [InlineData(RetryCause.Machine, 240)]
    [InlineData(RetryCause.NetworkFailure, 5)]
    [InlineData(RetryCause.Abandoned, 72 * 60)]
    public void Each_cause_waits_its_delay(RetryCause cause, int minutes)
    {
        var decision = Policy.Next(new FinishedAttempt(cause, Ended, RetriesForCause: 0, TotalAttempts: 1));
        Assert.Equal(Ended.AddMinutes(minutes), decision.NextAttemptAt);
        Assert.False(decision.IsDone);
    }

    [Fact]
    public void Cause_that_used_its_retries_is_done()
    {
        var decision = Policy.Next(new FinishedAttempt(RetryCause.Busy, Ended, RetriesForCause: 3, TotalAttempts: 4));
        Assert.True(decision.IsDone);
        Assert.Equal("Retried busy calls 3 times, the most allowed.", decision.Reason);
    }

    [Fact]
    public void Contact_that_used_all_its_attempts_is_done_whatever_the_cause()
    {
        var decision = Policy.Next(new FinishedAttempt(RetryCause.NoAnswer, Ended, RetriesForCause: 0, TotalAttempts: 6));
        Assert.Equal("6 attempts made, the most this campaign allows per contact.", decision.Reason);
    }

    [Fact]
    public void Cause_without_retries_is_done_at_once()
    {
        var policy = Policy.With(RetryCause.Machine, new RetryRule(TimeSpan.Zero, 0));
        Assert.Equal("This campaign does not retry answering machines.",
            policy.Next(new FinishedAttempt(RetryCause.Machine, Ended, 0, 1)).Reason);
        Assert.False(Policy.Next(new FinishedAttempt(RetryCause.Machine, Ended, 0, 1)).IsDone);
    }

    [Fact]
    public void Callback_goes_at_the_chosen_time_to_the_same_agent()
    {
        var callback = new CallbackRequest(Ended.AddDays(1).AddHours(8), AgentId: 12);
        var decision = Policy.Next(new FinishedAttempt(RetryCause.Callback, Ended, 0, 1, callback));

        Assert.Equal((callback.At, 12), (decision.NextAttemptAt, decision.PreferredAgentId));
        Assert.Equal("Callback by agent 12 as the subscriber asked.", decision.Reason);
    }

    [Fact]
    public void Missed_callback_is_tried_again_after_the_callback_delay_then_given_up()
    {
        var callback = new CallbackRequest(Ended.AddMinutes(-1));
        Assert.Equal(Ended.AddMinutes(15), Policy.Next(new FinishedAttempt(RetryCause.Callback, Ended, 1, 2, callback)).NextAttemptAt);
        Assert.True(Policy.Next(new FinishedAttempt(RetryCause.Callback, Ended, 3, 4, callback)).IsDone);
    }

    [Fact]
    public void Callback_in_the_past_or_too_far_ahead_is_refused_with_a_message()
    {
        Assert.Equal("Choose a callback time in the future.", Policy.ProblemWithCallback(new(Ended.AddMinutes(-5)), Ended));
        Assert.Equal("A callback can be set at most 30 days ahead.", Policy.ProblemWithCallback(new(Ended.AddDays(31)), Ended));
        Assert.Null(Policy.ProblemWithCallback(new(Ended.AddDays(2)), Ended));
    }

    [Theory]
    [InlineData(NetworkOutcome.Busy, null, null, RetryCause.Busy)]
    [InlineData(NetworkOutcome.NoAnswer, null, null, RetryCause.NoAnswer)]
    [InlineData(NetworkOutcome.Congestion, null, null, RetryCause.NetworkFailure)]
    [InlineData(NetworkOutcome.Answered, AnswerClass.Machine, ConnectResult.MessageLeft, RetryCause.Machine)]
    [InlineData(NetworkOutcome.Answered, AnswerClass.Human, ConnectResult.Abandoned, RetryCause.Abandoned)]
    [InlineData(NetworkOutcome.Answered, AnswerClass.Human, ConnectResult.CustomerHungUpFirst, RetryCause.NoAnswer)]
    public void Network_results_map_to_their_retry_cause(NetworkOutcome outcome, AnswerClass? answer, ConnectResult? connect, RetryCause expected) =>
        Assert.Equal(expected, RetryPolicy.CauseOf(outcome, answer, connect));

    [Theory]
    [InlineData(NetworkOutcome.Invalid, null, null)]
    [InlineData(NetworkOutcome.Rejected, null, null)]
    [InlineData(NetworkOutcome.Answered, AnswerClass.Fax, null)]
    [InlineData(NetworkOutcome.Answered, AnswerClass.Human, ConnectResult.Connected)]
    public void Reached_or_unreachable_contacts_are_not_retried(NetworkOutcome outcome, AnswerClass? answer, ConnectResult? connect) =>
        Assert.Null(RetryPolicy.CauseOf(outcome, answer, connect));
}
