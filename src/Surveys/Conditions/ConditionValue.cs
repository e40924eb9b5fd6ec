using System.Globalization;
using Outreach.Surveys.Model;

namespace Outreach.Surveys.Conditions;

/// <summary>
/// A value seen by a condition: nothing (an unanswered step or absent field), a number, a text, or the set of
/// options chosen at a choice step.
/// </summary>
public readonly record struct ConditionValue(ConditionValueKind Kind, decimal Number, string? Text, IReadOnlyList<string>? Set)
{
    /// <summary>No value: any comparison with it is false.</summary>
    public static ConditionValue Missing => default;

    /// <summary>A number.</summary>
    public static ConditionValue Of(decimal number) => new(ConditionValueKind.Number, number, null, null);

    /// <summary>A text.</summary>
    public static ConditionValue Of(string text) => new(ConditionValueKind.Text, 0, text, null);

    /// <summary>A subscriber field: numbers stay numbers so that 'age >= 30' compares numerically.</summary>
    public static ConditionValue FromField(string? raw)
    {
        if (raw is null)
        {
            return Missing;
        }
        return decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            ? Of(number)
            : Of(raw);
    }

    /// <summary>An answer: choices become a set, dates their yyyy-MM-dd text (which orders like the dates), acknowledgements nothing.</summary>
    public static ConditionValue FromAnswer(AnswerValue answer) => answer switch
    {
        ChoiceAnswer choice => new(ConditionValueKind.Set, 0, null, choice.OptionIds),
        NumberAnswer number => Of(number.Value),
        TextAnswer text => Of(text.Value),
        DateAnswer date => Of(date.Canonical),
        _ => Missing,
    };
}
