namespace Outreach.Dialer.Compliance;

/// <summary>Live answers and how many of them were abandoned over a period.</summary>
public sealed record AbandonCounts(long LiveAnswers, long Abandoned)
{
    /// <summary>Abandoned over live answers; 0 with no live answers.</summary>
    public double Rate => LiveAnswers == 0 ? 0 : (double)Abandoned / LiveAnswers;
}
