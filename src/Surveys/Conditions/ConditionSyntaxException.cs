namespace Outreach.Surveys.Conditions;

/// <summary>Stops the parser at the first syntax error; never leaves <see cref="Condition.Parse"/>.</summary>
internal sealed class ConditionSyntaxException(int position, string message) : Exception(message)
{
    public int Position { get; } = position;
}
