namespace Outreach.Telephony.Simulated;

/// <summary>A prompt the simulated network played to a subscriber: what, on which call, and when against the greeting's end.</summary>
public sealed record PlayedPrompt(
    string CallId, long AttemptId, long CampaignId, string Text, DateTimeOffset At, DateTimeOffset? GreetingEndedAt)
{
    /// <summary>How long after the end of the subscriber's greeting the prompt started (null before any greeting).</summary>
    public TimeSpan? AfterGreeting => At - GreetingEndedAt;
}
