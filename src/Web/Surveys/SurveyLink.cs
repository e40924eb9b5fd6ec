namespace Outreach.Web.Surveys;

/// <summary>A link made for one subscriber: the address to send them.</summary>
public sealed record SurveyLink(long SubscriberId, string Url);
