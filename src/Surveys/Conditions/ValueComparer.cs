using System.Globalization;

namespace Outreach.Surveys.Conditions;

/// <summary>Compares condition values with the language's rules (docs/surveys.md, "Condition language").</summary>
internal static class ValueComparer
{
    public static bool Compare(ConditionValue left, ComparisonOperator op, ConditionValue right)
    {
        if (left.Kind == ConditionValueKind.Missing || right.Kind == ConditionValueKind.Missing)
        {
            // Unknown is not equal, not different, not larger: a branch on an unanswered question never fires.
            return false;
        }
        if (left.Kind == ConditionValueKind.Set || right.Kind == ConditionValueKind.Set)
        {
            return CompareSet(left, op, right);
        }
        var order = Order(left, right);
        return op switch
        {
            ComparisonOperator.Equal => order == 0,
            ComparisonOperator.NotEqual => order != 0,
            ComparisonOperator.Less => order < 0,
            ComparisonOperator.LessOrEqual => order <= 0,
            ComparisonOperator.Greater => order > 0,
            _ => order >= 0,
        };
    }

    private static bool CompareSet(ConditionValue left, ComparisonOperator op, ConditionValue right)
    {
        // A choice answer equals an option when the option is among those chosen.
        var (set, other) = left.Kind == ConditionValueKind.Set ? (left.Set!, right) : (right.Set!, left);
        var contains = false;
        foreach (var item in set)
        {
            contains |= Order(ConditionValue.Of(item), other) == 0;
        }
        return op switch
        {
            ComparisonOperator.Equal => contains,
            ComparisonOperator.NotEqual => !contains,
            _ => false,
        };
    }

    private static int Order(ConditionValue left, ConditionValue right)
    {
        if (AsNumber(left) is { } a && AsNumber(right) is { } b)
        {
            return a.CompareTo(b);
        }
        return string.Compare(AsText(left), AsText(right), StringComparison.OrdinalIgnoreCase);
    }

    private static decimal? AsNumber(ConditionValue value)
    {
        if (value.Kind == ConditionValueKind.Number)
        {
            return value.Number;
        }
        return decimal.TryParse(value.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    private static string AsText(ConditionValue value) =>
        value.Kind == ConditionValueKind.Number ? value.Number.ToString(CultureInfo.InvariantCulture) : value.Text ?? "";
}
