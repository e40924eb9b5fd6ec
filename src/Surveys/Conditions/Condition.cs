using Outreach.Surveys.Model;

namespace Outreach.Surveys.Conditions;

/// <summary>
/// A parsed transition condition such as <c>age >= 30 and tariff = "Prepaid"</c> or <c>answer('q1') in ('yes')</c>.
/// Parse once, evaluate many times; it never runs input as code.
/// </summary>
public sealed class Condition
{
    private readonly ConditionNode root;

    private Condition(string source, ConditionNode root)
    {
        Source = source;
        this.root = root;
        var fields = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var answers = new HashSet<string>(StringComparer.Ordinal);
        root.CollectReferences(fields, answers);
        FieldNames = fields;
        AnswerStepIds = answers;
    }

    /// <summary>The text the condition was parsed from.</summary>
    public string Source { get; }

    /// <summary>Subscriber fields the condition reads.</summary>
    public IReadOnlySet<string> FieldNames { get; }

    /// <summary>Steps whose answers the condition reads.</summary>
    public IReadOnlySet<string> AnswerStepIds { get; }

    /// <summary>Parses the text; on a syntax error returns the error with its 0-based position instead.</summary>
    public static ConditionParseResult Parse(string source)
    {
        if (source.Length > SurveyLimits.MaxConditionLength)
        {
            return ConditionParseResult.Failure(SurveyLimits.MaxConditionLength,
                $"The condition is {source.Length} characters long; the limit is {SurveyLimits.MaxConditionLength:N0}");
        }
        try
        {
            return ConditionParseResult.Success(new Condition(source, ConditionParser.Parse(source)));
        }
        catch (ConditionSyntaxException error)
        {
            return ConditionParseResult.Failure(error.Position, error.Message);
        }
    }

    /// <summary>True when the condition holds for the answers and fields the scope sees.</summary>
    public bool Evaluate(IConditionScope scope) => root.Evaluate(scope);

    /// <inheritdoc />
    public override string ToString() => Source;
}
