using Outreach.Telephony;

namespace Outreach.Dialer.Routing;

/// <summary>
/// The connect limit (D4, the 2-second rule): a live answer must reach an agent within
/// <see cref="MaxWait"/> of the end of the subscriber's greeting, or it is abandoned and gets the message.
/// </summary>
public sealed record ConnectDeadline
{
    public static readonly ConnectDeadline Default = new(TimeSpan.FromSeconds(2));

    public ConnectDeadline(TimeSpan maxWait)
    {
        if (maxWait <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(maxWait), "The connect limit must be positive.");
        MaxWait = maxWait;
    }

    public TimeSpan MaxWait { get; }

    /// <summary>From the campaign's maxWaitForAgentSeconds setting.</summary>
    public static ConnectDeadline FromSeconds(double maxWaitForAgentSeconds) => new(TimeSpan.FromSeconds(maxWaitForAgentSeconds));

    /// <summary>The limit: the call is bridged before it, or abandoned at it, so the message starts within the limit.</summary>
    public DateTimeOffset DueAt(DateTimeOffset greetingEndedAt) => greetingEndedAt + MaxWait;

    /// <summary>True from the limit on: the call is abandoned.</summary>
    public bool IsMissed(DateTimeOffset greetingEndedAt, DateTimeOffset now) => now >= DueAt(greetingEndedAt);

    /// <summary>The waiting call for a live answer, due by this limit.</summary>
    public WaitingCall For(CallAnswered answered) =>
        new(answered.CallId, answered.CampaignId, answered.GreetingEndedAt, DueAt(answered.GreetingEndedAt));
}
