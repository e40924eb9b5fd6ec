using Outreach.Surveys.Model;

namespace Outreach.Surveys.Versions;

/// <summary>The editable next version of a survey: it becomes version <see cref="Number"/> when published.</summary>
public sealed record SurveyDraft(string SurveyId, int Number, Survey Content, int? BasedOn, DateTimeOffset UpdatedAt);
