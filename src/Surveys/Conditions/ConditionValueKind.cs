namespace Outreach.Surveys.Conditions;

/// <summary>The kinds of <see cref="ConditionValue"/>.</summary>
public enum ConditionValueKind
{
    /// <summary>No value.</summary>
    Missing,
    /// <summary>A decimal number.</summary>
    Number,
    /// <summary>A text, compared case-insensitively.</summary>
    Text,
    /// <summary>The chosen option ids of a choice answer.</summary>
    Set,
}
