namespace Outreach.Campaigns.Demo;

/// <summary>A region of the demo operator with its time zone and a real area code, so numbers are valid E.164.</summary>
internal sealed record DemoRegion(string Name, string TimeZone, string AreaCode, double Weight)
{
    public static readonly IReadOnlyList<DemoRegion> All =
    [
        new("New York", "America/New_York", "212", 0.22),
        new("Florida", "America/New_York", "305", 0.12),
        new("Illinois", "America/Chicago", "312", 0.14),
        new("Texas", "America/Chicago", "214", 0.16),
        new("Colorado", "America/Denver", "303", 0.08),
        new("Arizona", "America/Phoenix", "602", 0.06),
        new("California", "America/Los_Angeles", "213", 0.18),
        new("Washington", "America/Los_Angeles", "206", 0.04),
    ];
}
