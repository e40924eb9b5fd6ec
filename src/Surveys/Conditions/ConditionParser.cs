using System.Globalization;
using Outreach.Surveys.Model;

namespace Outreach.Surveys.Conditions;

/// <summary>
/// Recursive-descent parser of the condition language. It only builds a tree of known node types
/// (nothing is evaluated as code) and bounds nesting so hostile input cannot exhaust the stack.
/// </summary>
internal sealed class ConditionParser
{
    private static readonly HashSet<string> Reserved = new(["and", "or", "not", "in", "true", "false", "answer"], StringComparer.OrdinalIgnoreCase);
    private readonly List<ConditionToken> tokens;
    private int index;
    private int depth;

    private ConditionParser(List<ConditionToken> tokens) => this.tokens = tokens;

    public static ConditionNode Parse(string source)
    {
        var parser = new ConditionParser(ConditionLexer.Tokenize(source));
        var node = parser.ParseOr();
        if (parser.Current.Kind != ConditionTokenKind.End)
        {
            throw parser.Error("'and', 'or' or the end of the condition");
        }
        return node;
    }

    private ConditionToken Current => tokens[index];

    private ConditionToken Next() => tokens[index++];

    private ConditionNode ParseOr() => ParseChain("or", ParseAnd);

    private ConditionNode ParseAnd() => ParseChain("and", ParseUnary);

    /// <summary>operand (keyword operand)*, left-associative; 'and' binds tighter because ParseOr chains ParseAnd.</summary>
    private ConditionNode ParseChain(string keyword, Func<ConditionNode> operand)
    {
        var left = operand();
        while (Current.IsWord(keyword))
        {
            index++;
            left = new LogicalNode(keyword == "and", left, operand());
        }
        return left;
    }

    private ConditionNode ParseUnary()
    {
        if (++depth > SurveyLimits.MaxConditionDepth)
        {
            throw new ConditionSyntaxException(Current.Position, $"The condition nests deeper than {SurveyLimits.MaxConditionDepth} levels");
        }
        var node = ParseUnaryBody();
        depth--;
        return node;
    }

    private ConditionNode ParseUnaryBody()
    {
        if (Current.IsWord("not"))
        {
            index++;
            return new NotNode(ParseUnary());
        }
        if (Current.IsSymbol("("))
        {
            index++;
            var inner = ParseOr();
            Expect(")");
            return inner;
        }
        if (Current.IsWord("true") || Current.IsWord("false"))
        {
            return new ConstantNode(Next().IsWord("true"));
        }
        return ParseComparison();
    }

    private ConditionNode ParseComparison()
    {
        var left = ParseOperand();
        var negated = Current.IsWord("not");
        if (negated || Current.IsWord("in"))
        {
            index += negated ? 1 : 0;
            ExpectWord("in");
            return new MembershipNode(left, ParseList(), negated);
        }
        var op = Current.Kind == ConditionTokenKind.Symbol ? ToOperator(Current.Text) : null;
        if (op is null)
        {
            throw Error("a comparison (=, !=, <, <=, >, >=) or 'in'");
        }
        index++;
        return new ComparisonNode(left, op.Value, ParseOperand());
    }

    private List<Operand> ParseList()
    {
        Expect("(");
        var items = new List<Operand> { ParseOperand() };
        while (Current.IsSymbol(","))
        {
            index++;
            items.Add(ParseOperand());
        }
        Expect(")");
        return items;
    }

    private Operand ParseOperand()
    {
        var token = Current;
        switch (token.Kind)
        {
            case ConditionTokenKind.Number when decimal.TryParse(token.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number):
                index++;
                return new LiteralOperand(ConditionValue.Of(number));
            case ConditionTokenKind.Text:
                index++;
                return new LiteralOperand(ConditionValue.Of(token.Text));
            case ConditionTokenKind.Word when token.IsWord("answer"):
                return ParseAnswer();
            case ConditionTokenKind.Word when !Reserved.Contains(token.Text):
                index++;
                return new FieldOperand(token.Text);
            default:
                throw Error("a field name, answer('step'), a number or a quoted text");
        }
    }

    private AnswerOperand ParseAnswer()
    {
        index++;
        Expect("(");
        if (Current.Kind != ConditionTokenKind.Text)
        {
            throw Error("a quoted step id, as in answer('q1')");
        }
        var stepId = Next().Text;
        Expect(")");
        return new AnswerOperand(stepId);
    }

    private void Expect(string symbol)
    {
        if (!Current.IsSymbol(symbol))
        {
            throw Error($"'{symbol}'");
        }
        index++;
    }

    private void ExpectWord(string word)
    {
        if (!Current.IsWord(word))
        {
            throw Error($"'{word}'");
        }
        index++;
    }

    private ConditionSyntaxException Error(string expected) =>
        new(Current.Position, $"Expected {expected} at position {Current.Position} but found {Current.Describe()}");

    private static ComparisonOperator? ToOperator(string symbol) => symbol switch
    {
        "=" => ComparisonOperator.Equal,
        "!=" or "<>" => ComparisonOperator.NotEqual,
        "<" => ComparisonOperator.Less,
        "<=" => ComparisonOperator.LessOrEqual,
        ">" => ComparisonOperator.Greater,
        ">=" => ComparisonOperator.GreaterOrEqual,
        _ => null,
    };
}
