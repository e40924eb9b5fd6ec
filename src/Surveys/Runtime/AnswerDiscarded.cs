using Outreach.Surveys.Model;

namespace Outreach.Surveys.Runtime;

/// <summary>A changed answer took the walk elsewhere, so this answer (on the old path) no longer applies.</summary>
public sealed record AnswerDiscarded(Answer Answer) : SurveyEvent;
