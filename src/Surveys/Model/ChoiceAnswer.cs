namespace Outreach.Surveys.Model;

/// <summary>The option ids chosen at a single-choice, multiple-choice or yes/no step.</summary>
public sealed record ChoiceAnswer(IReadOnlyList<string> OptionIds) : AnswerValue
{
    /// <inheritdoc />
    public override string Canonical => string.Join(',', OptionIds);

    /// <summary>True when the option is among the chosen ones.</summary>
    public bool Contains(string optionId)
    {
        foreach (var id in OptionIds)
        {
            if (id == optionId)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Compares the chosen ids, not the list instance, so stored and given answers compare equal.</summary>
    public bool Equals(ChoiceAnswer? other) => other is not null && OptionIds.SequenceEqual(other.OptionIds);

    /// <inheritdoc />
    public override int GetHashCode() => Canonical.GetHashCode(StringComparison.Ordinal);
}
