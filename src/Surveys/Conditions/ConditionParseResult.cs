namespace Outreach.Surveys.Conditions;

/// <summary>Either a parsed <see cref="Conditions.Condition"/> or a syntax error with its position.</summary>
public sealed record ConditionParseResult(Condition? Condition, string? Error, int ErrorPosition)
{
    /// <summary>True when the text parsed.</summary>
    public bool IsSuccess => Condition is not null;

    internal static ConditionParseResult Success(Condition condition) => new(condition, null, -1);

    internal static ConditionParseResult Failure(int position, string error) => new(null, error, position);
}
