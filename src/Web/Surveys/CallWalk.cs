namespace Outreach.Web.Surveys;

/// <summary>A call's script walk as the desktop opens it: the walk to go on with, or how the call's walk already ended.</summary>
/// <param name="Walk">The walk in progress (new or reopened); null when none could be started or it has ended.</param>
/// <param name="EndedAs">"completed" or "cancelled" when the call's walk was already closed.</param>
public sealed record CallWalk(SurveyWalk? Walk, string? EndedAs);
