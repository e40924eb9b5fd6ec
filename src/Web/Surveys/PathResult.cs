namespace Outreach.Web.Surveys;

/// <summary>One path through the survey and how the walks on it ended.</summary>
public sealed record PathResult(string Path, long Completed, long Cancelled, long InProgress)
{
    public long Total => Completed + Cancelled + InProgress;

    public double CompletionPercent => Total == 0 ? 0 : 100.0 * Completed / Total;
}
