namespace Outreach.Campaigns.Dialling;

/// <summary>Live answers and abandons in one minute, to refill the abandon-rate windows of a reactivated campaign.</summary>
public sealed record LiveAnswerMinute(DateTime Minute, int LiveAnswers, int Abandoned);
