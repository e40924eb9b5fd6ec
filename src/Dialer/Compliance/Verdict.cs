namespace Outreach.Dialer.Compliance;

/// <summary>Whether an attempt may be dialled now; when not, the rule, the reason in words and, when waiting helps, from when to try again.</summary>
public sealed record Verdict(bool Allowed, ComplianceRule? Rule, string? Reason, DateTimeOffset? RetryAfter)
{
    public static readonly Verdict Allow = new(true, null, null, null);

    public static Verdict Deny(ComplianceRule rule, string reason, DateTimeOffset? retryAfter = null) =>
        new(false, rule, reason, retryAfter);
}
