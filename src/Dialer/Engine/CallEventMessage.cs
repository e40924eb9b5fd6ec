using Outreach.Telephony;

namespace Outreach.Dialer.Engine;

/// <summary>What kind of call event a <see cref="CallEventMessage"/> carries.</summary>
[GenerateSerializer, Alias("Outreach.CallEventKind")]
public enum CallEventKind
{
    Ringing,
    Answered,
    Completed,
}

/// <summary>A network's call event as a grain message (the Telephony records know nothing of Orleans).</summary>
[GenerateSerializer, Immutable, Alias("Outreach.CallEventMessage")]
public sealed record CallEventMessage(
    [property: Id(0)] CallEventKind Kind,
    [property: Id(1)] string CallId,
    [property: Id(2)] long AttemptId,
    [property: Id(3)] long CampaignId,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] int? AnswerClassValue,
    [property: Id(6)] DateTimeOffset? AnsweredAt,
    [property: Id(7)] int? OutcomeValue,
    [property: Id(8)] bool EndedByCustomer)
{
    public AnswerClass? Class => AnswerClassValue is { } v ? (AnswerClass)v : null;

    public NetworkOutcome? Outcome => OutcomeValue is { } v ? (NetworkOutcome)v : null;

    public static CallEventMessage From(CallEvent e) => e switch
    {
        CallAnswered a => new(CallEventKind.Answered, a.CallId, a.AttemptId, a.CampaignId, a.At, (int)a.Class, a.AnsweredAt, null, false),
        CallCompleted c => new(CallEventKind.Completed, c.CallId, c.AttemptId, c.CampaignId, c.At, null, null, (int)c.Outcome, c.EndedByCustomer),
        _ => new(CallEventKind.Ringing, e.CallId, e.AttemptId, e.CampaignId, e.At, null, null, null, false),
    };
}
