namespace Outreach.Dialer.Compliance;

/// <summary>One figure of a compliance report against its limit; <paramref name="AtLeast"/> when the limit is a floor.</summary>
public sealed record ComplianceFigure(ComplianceRule Rule, string Name, double Value, double Limit, bool AtLeast = false)
{
    public bool WithinLimit => AtLeast ? Value >= Limit : Value <= Limit;
}
