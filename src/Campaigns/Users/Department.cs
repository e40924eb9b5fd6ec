namespace Outreach.Campaigns.Users;

/// <summary>A unit of the operator that owns campaigns; its people see only its campaigns (P1).</summary>
public sealed record Department(int Id, string Name, int UserCount);
