namespace Outreach.Web.Surveys;

/// <summary>One answer value (shown as its label) with how many gave it and the percentage.</summary>
public sealed record ValueCount(string Label, long Count, double Percent);
