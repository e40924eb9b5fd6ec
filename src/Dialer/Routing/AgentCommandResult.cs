namespace Outreach.Dialer.Routing;

/// <summary>The answer to an agent command: accepted (possibly as a harmless repeat) or refused with a reason in words.</summary>
public sealed record AgentCommandResult(bool Accepted, string? Reason)
{
    public static readonly AgentCommandResult Ok = new(true, null);

    public static AgentCommandResult Refused(string reason) => new(false, reason);
}
