namespace Outreach.Telephony;

/// <summary>Something that happened on a placed call; every event names its call, attempt and campaign.</summary>
public abstract record CallEvent(string CallId, long AttemptId, long CampaignId, DateTimeOffset At);

/// <summary>The far end is ringing.</summary>
public sealed record CallRinging(string CallId, long AttemptId, long CampaignId, DateTimeOffset At)
    : CallEvent(CallId, AttemptId, CampaignId, At);

/// <summary>The call was answered at <paramref name="AnsweredAt"/> and classified when the greeting ended (<c>At</c>).</summary>
public sealed record CallAnswered(
    string CallId, long AttemptId, long CampaignId, DateTimeOffset At, AnswerClass Class, DateTimeOffset AnsweredAt)
    : CallEvent(CallId, AttemptId, CampaignId, At)
{
    /// <summary>When the subscriber's greeting ended: the 2-second connect limit runs from here.</summary>
    public DateTimeOffset GreetingEndedAt => At;
}

/// <summary>The call is over; sent exactly once per placed call, whoever ended it.</summary>
public sealed record CallCompleted(
    string CallId, long AttemptId, long CampaignId, DateTimeOffset At, NetworkOutcome Outcome, bool EndedByCustomer)
    : CallEvent(CallId, AttemptId, CampaignId, At)
{
    /// <summary>When the call ended.</summary>
    public DateTimeOffset EndedAt => At;
}
