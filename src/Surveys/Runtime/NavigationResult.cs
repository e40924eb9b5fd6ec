namespace Outreach.Surveys.Runtime;

/// <summary>The outcome of a navigator call: the session after it, the events to persist, or the error (session unchanged).</summary>
public sealed record NavigationResult(SurveySession Session, IReadOnlyList<SurveyEvent> Events, NavigationError? Error)
{
    /// <summary>True when the call was applied.</summary>
    public bool Succeeded => Error is null;

    internal static NavigationResult Ok(SurveySession session, IReadOnlyList<SurveyEvent> events) => new(session, events, null);

    internal static NavigationResult Fail(SurveySession session, NavigationErrorCode code, string message) =>
        new(session, [], new NavigationError(code, message));
}
