namespace Outreach.Surveys.Conditions;

/// <summary>A token of a condition and where it starts (0-based), for error messages.</summary>
internal readonly record struct ConditionToken(ConditionTokenKind Kind, string Text, int Position)
{
    public bool IsWord(string word) => Kind == ConditionTokenKind.Word && Text.Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsSymbol(string symbol) => Kind == ConditionTokenKind.Symbol && Text == symbol;

    public string Describe() => Kind == ConditionTokenKind.End ? "the end" : $"'{Text}'";
}
