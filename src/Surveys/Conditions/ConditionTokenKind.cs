namespace Outreach.Surveys.Conditions;

/// <summary>The kinds of token in a condition.</summary>
internal enum ConditionTokenKind
{
    Word,
    Number,
    Text,
    Symbol,
    End,
}
