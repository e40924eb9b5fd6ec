using Outreach.Surveys.Model;

namespace Outreach.Surveys.Versions;

/// <summary>
/// Copies a survey into read-only lists nobody else holds, so a published version cannot change even when the
/// caller keeps (and later edits) the lists it built the draft from.
/// </summary>
internal static class SurveySnapshot
{
    public static Survey Freeze(Survey survey) => survey with
    {
        Steps = survey.Steps.Select(step => step with
        {
            Options = step.Options.ToArray().AsReadOnly(),
            Transitions = step.Transitions.ToArray().AsReadOnly(),
        }).ToArray().AsReadOnly(),
    };
}
