namespace Outreach.Campaigns.Audit;

/// <summary>Who did what to which thing, and when (P1: everything audited).</summary>
public sealed record AuditEntry(long Id, DateTime At, string Actor, string Action, string Entity, string? EntityId, string Details);
