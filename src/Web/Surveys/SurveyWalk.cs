using Outreach.Surveys.Model;
using Outreach.Surveys.Runtime;

namespace Outreach.Web.Surveys;

/// <summary>One walk in progress on a screen: its stored session id, the navigator and who is answering.</summary>
public sealed class SurveyWalk(Guid sessionId, CompiledSurvey survey, SurveyNavigator navigator, SubscriberProfile profile, string subscriberName)
{
    public Guid SessionId { get; } = sessionId;

    public CompiledSurvey Survey { get; } = survey;

    public SurveyNavigator Navigator { get; } = navigator;

    public SubscriberProfile Profile { get; } = profile;

    public string SubscriberName { get; } = subscriberName;
}
