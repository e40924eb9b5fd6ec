namespace Outreach.Web.Surveys;

/// <summary>What opening /s/{token} gives: the walk to continue, or why the link is refused.</summary>
public sealed record LinkOpening(SurveyWalk? Walk, string? Refusal);
