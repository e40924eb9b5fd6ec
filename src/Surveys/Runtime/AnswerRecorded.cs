using Outreach.Surveys.Model;

namespace Outreach.Surveys.Runtime;

/// <summary>An answer was given (or replaced): store it now, so a dropped call keeps what was said.</summary>
public sealed record AnswerRecorded(Answer Answer) : SurveyEvent;
