namespace Outreach.Surveys.Runtime;

/// <summary>Something a caller must persist or announce after a navigator call, in the order it happened.</summary>
public abstract record SurveyEvent;
