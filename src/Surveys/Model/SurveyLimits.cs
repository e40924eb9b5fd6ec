namespace Outreach.Surveys.Model;

/// <summary>Size limits that keep a survey small enough to edit, validate and walk in real time.</summary>
public static class SurveyLimits
{
    /// <summary>Most steps in one survey.</summary>
    public const int MaxSteps = 2_000;

    /// <summary>Most options in one choice step.</summary>
    public const int MaxOptions = 100;

    /// <summary>Most transitions leaving one step.</summary>
    public const int MaxTransitions = 200;

    /// <summary>Longest id of a survey, step or option.</summary>
    public const int MaxIdLength = 64;

    /// <summary>Longest step text or option label.</summary>
    public const int MaxTextLength = 8_000;

    /// <summary>Longest condition expression.</summary>
    public const int MaxConditionLength = 1_000;

    /// <summary>Deepest nesting of parentheses and 'not' in a condition.</summary>
    public const int MaxConditionDepth = 32;

    /// <summary>Largest survey JSON document, in characters.</summary>
    public const int MaxJsonLength = 8_000_000;

    /// <summary>Longest free-text answer.</summary>
    public const int MaxTextAnswerLength = 4_000;
}
