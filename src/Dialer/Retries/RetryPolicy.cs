using Outreach.Telephony;

namespace Outreach.Dialer.Retries;

/// <summary>
/// A campaign's retry rules (C4): per cause a delay and a maximum number of retries, a cap on all attempts to
/// one contact, and how far ahead a callback may be set. The compliance gate still decides whether the
/// computed time may be dialled (hours, attempt limits, the 72-hour block).
/// </summary>
public sealed record RetryPolicy
{
    public required IReadOnlyDictionary<RetryCause, RetryRule> Rules { get; init; }

    /// <summary>Attempts to one contact in this campaign, all causes together.</summary>
    public int MaxAttemptsPerContact { get; init; } = 6;

    /// <summary>How far ahead of the call an agent may set a callback.</summary>
    public TimeSpan MaxCallbackHorizon { get; init; } = TimeSpan.FromDays(30);

    public static RetryPolicy Default => new()
    {
        Rules = new Dictionary<RetryCause, RetryRule>
        {
            [RetryCause.Busy] = new(TimeSpan.FromMinutes(10), 3),
            [RetryCause.NoAnswer] = new(TimeSpan.FromHours(2), 3),
            [RetryCause.Machine] = new(TimeSpan.FromHours(4), 2),
            [RetryCause.Callback] = new(TimeSpan.FromMinutes(15), 2),
            [RetryCause.Abandoned] = new(TimeSpan.FromHours(72), 1),
            [RetryCause.NetworkFailure] = new(TimeSpan.FromMinutes(5), 3),
        },
    };

    /// <summary>The same policy with one cause's rule replaced.</summary>
    public RetryPolicy With(RetryCause cause, RetryRule rule) =>
        this with { Rules = new Dictionary<RetryCause, RetryRule>(Rules) { [cause] = rule } };

    /// <summary>The next attempt for a finished one, or done.</summary>
    public RetryDecision Next(FinishedAttempt attempt)
    {
        if (attempt.TotalAttempts >= MaxAttemptsPerContact)
            return RetryDecision.Done($"{attempt.TotalAttempts} attempts made, the most this campaign allows per contact.");
        if (attempt.Cause == RetryCause.Callback && attempt.Callback is { } callback)
            return NextForCallback(attempt, callback);
        var name = Describe(attempt.Cause);
        if (!Rules.TryGetValue(attempt.Cause, out var rule) || rule.MaxRetries == 0)
            return RetryDecision.Done($"This campaign does not retry {name}.");
        if (attempt.RetriesForCause >= rule.MaxRetries)
            return RetryDecision.Done($"Retried {name} {attempt.RetriesForCause} times, the most allowed.");
        return RetryDecision.At(attempt.EndedAt + rule.Delay, $"Retry {name} after {rule.Delay}.");
    }

    /// <summary>A clear message when an agent's callback cannot be accepted; null when it is fine.</summary>
    public string? ProblemWithCallback(CallbackRequest callback, DateTimeOffset now)
    {
        if (callback.At <= now) return "Choose a callback time in the future.";
        if (callback.At > now + MaxCallbackHorizon)
            return $"A callback can be set at most {MaxCallbackHorizon.TotalDays:0} days ahead.";
        return null;
    }

    /// <summary>The retry cause of a network result; null when the contact is finished (reached, invalid, rejected, fax).</summary>
    public static RetryCause? CauseOf(NetworkOutcome outcome, AnswerClass? answerClass, ConnectResult? connect) => outcome switch
    {
        NetworkOutcome.Busy => RetryCause.Busy,
        NetworkOutcome.NoAnswer => RetryCause.NoAnswer,
        NetworkOutcome.Congestion or NetworkOutcome.Failed => RetryCause.NetworkFailure,
        NetworkOutcome.Answered => answerClass switch
        {
            AnswerClass.Machine => RetryCause.Machine,
            AnswerClass.Fax => null,
            _ => connect switch
            {
                ConnectResult.Abandoned => RetryCause.Abandoned,
                ConnectResult.CustomerHungUpFirst => RetryCause.NoAnswer,
                ConnectResult.Connected => null,
                _ => RetryCause.NoAnswer,
            },
        },
        _ => null,
    };

    private RetryDecision NextForCallback(FinishedAttempt attempt, CallbackRequest callback)
    {
        var rule = Rules.GetValueOrDefault(RetryCause.Callback, new RetryRule(TimeSpan.Zero, 1));
        if (attempt.RetriesForCause > rule.MaxRetries)
            return RetryDecision.Done($"The callback was tried {attempt.RetriesForCause} times, the most allowed.");
        // The first callback goes at the chosen time; a missed one is tried again after the callback delay.
        var at = attempt.RetriesForCause == 0 ? callback.At : attempt.EndedAt + rule.Delay;
        if (at < attempt.EndedAt) at = attempt.EndedAt;
        var who = callback.AgentId is { } agent ? $" by agent {agent}" : "";
        return RetryDecision.At(at, $"Callback{who} as the subscriber asked.", callback.AgentId);
    }

    private static string Describe(RetryCause cause) => cause switch
    {
        RetryCause.Busy => "busy calls",
        RetryCause.NoAnswer => "unanswered calls",
        RetryCause.Machine => "answering machines",
        RetryCause.Callback => "callbacks",
        RetryCause.Abandoned => "abandoned calls",
        _ => "network failures",
    };
}
