namespace Outreach.Segmentation.Rules;

/// <summary>The operator words used in rule JSON, and which apply to each field type.</summary>
public static class RuleOperators
{
    public const string Equal = "=";
    public const string NotEqual = "!=";
    public const string Less = "<";
    public const string LessOrEqual = "<=";
    public const string Greater = ">";
    public const string GreaterOrEqual = ">=";
    public const string Between = "between";
    public const string In = "in";
    public const string NotIn = "not in";
    public const string Contains = "contains";
    public const string DoesNotContain = "does not contain";
    public const string StartsWith = "starts with";
    public const string IsTrue = "is true";
    public const string IsFalse = "is false";
    public const string Before = "before";
    public const string After = "after";
    public const string WithinLastDays = "within last days";

    private static readonly string[] NumberOperators =
        [Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual, Between];

    private static readonly string[] TextOperators = [Equal, NotEqual, In, NotIn, Contains, StartsWith];
    private static readonly string[] BooleanOperators = [IsTrue, IsFalse];
    private static readonly string[] DateOperators = [Before, After, Between, WithinLastDays];
    private static readonly string[] ArrayOperators = [Contains, DoesNotContain];

    /// <summary>Operators valid for a field type, in the order a UI should list them.</summary>
    public static IReadOnlyList<string> For(FieldType type) => type switch
    {
        FieldType.Number or FieldType.CountryCalls => NumberOperators,
        FieldType.Text => TextOperators,
        FieldType.Boolean => BooleanOperators,
        FieldType.Date => DateOperators,
        FieldType.TextArray => ArrayOperators,
        _ => [],
    };
}
