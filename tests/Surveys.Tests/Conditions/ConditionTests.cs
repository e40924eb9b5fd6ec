using Outreach.Surveys.Conditions;
using Outreach.Surveys.Model;

namespace Outreach.Surveys.Tests.Conditions;

public sealed class ConditionTests
{
    private sealed class Scope(Dictionary<string, string?> fields, Dictionary<string, AnswerValue> answers) : IConditionScope
    {
        public ConditionValue Answer(string stepId) =>
            answers.TryGetValue(stepId, out var value) ? ConditionValue.FromAnswer(value) : ConditionValue.Missing;

        public ConditionValue Field(string name) =>
            fields.TryGetValue(name, out var value) ? ConditionValue.FromField(value) : ConditionValue.Missing;
    }

    private static bool Holds(string text, Dictionary<string, string?>? fields = null, Dictionary<string, AnswerValue>? answers = null)
    {
        var parsed = Condition.Parse(text);
        Assert.True(parsed.IsSuccess, parsed.Error);
        return parsed.Condition!.Evaluate(new Scope(
            new(fields ?? [], StringComparer.OrdinalIgnoreCase), answers ?? []));
    }

    private static readonly Dictionary<string, string?> Subscriber = new() { ["Age"] = "34", ["Tariff"] = "Prepaid", ["Balance"] = "4.50" };

    [Theory]
    [InlineData("age >= 30 and tariff = \"Prepaid\"", true)]
    [InlineData("age >= 30 and tariff = 'Postpaid'", false)]
    [InlineData("age < 30 or balance < 5", true)]
    [InlineData("not (age > 40)", true)]
    [InlineData("tariff in ('Prepaid', 'Family')", true)]
    [InlineData("tariff not in ('Prepaid')", false)]
    [InlineData("TARIFF = 'prepaid'", true)]
    [InlineData("age != 34", false)]
    [InlineData("age <> 35", true)]
    [InlineData("true and not false", true)]
    public void Conditions_over_subscriber_fields_evaluate_as_written(string text, bool expected) =>
        Assert.Equal(expected, Holds(text, Subscriber));

    [Fact]
    public void Numbers_compare_as_numbers_not_as_text() =>
        Assert.True(Holds("age < 10", new() { ["Age"] = "9" }));

    [Fact]
    public void A_missing_field_or_answer_makes_every_comparison_false()
    {
        Assert.False(Holds("region = 'North'"));
        Assert.False(Holds("region != 'North'"));
        Assert.False(Holds("answer('q1') in ('yes')"));
        Assert.False(Holds("answer('q1') not in ('yes')"));
    }

    [Fact]
    public void A_choice_answer_equals_any_option_chosen()
    {
        var answers = new Dictionary<string, AnswerValue> { ["likes"] = AnswerValue.Choices("price", "support") };
        Assert.True(Holds("answer('likes') = 'support'", answers: answers));
        Assert.True(Holds("answer('likes') in ('coverage', 'price')", answers: answers));
        Assert.False(Holds("answer('likes') != 'price'", answers: answers));
    }

    [Fact]
    public void Yes_no_number_and_date_answers_can_be_compared()
    {
        var answers = new Dictionary<string, AnswerValue>
        {
            ["consent"] = AnswerValue.Yes,
            ["score"] = AnswerValue.Number(8),
            ["born"] = AnswerValue.Date(new DateOnly(1990, 5, 1)),
        };
        Assert.True(Holds("answer('consent') in ('yes') and answer('score') >= 8 and answer('born') < '2000-01-01'", answers: answers));
    }

    [Fact]
    public void A_quote_written_twice_stands_for_itself() =>
        Assert.True(Holds("name = 'O''Brien'", new() { ["Name"] = "O'Brien" }));

    [Theory]
    [InlineData("age >", "Expected a field name, answer('step'), a number or a quoted text at position 5 but found the end")]
    [InlineData("age 30", "Expected a comparison (=, !=, <, <=, >, >=) or 'in' at position 4 but found '30'")]
    [InlineData("answer(q1) = 'x'", "Expected a quoted step id, as in answer('q1') at position 7 but found 'q1'")]
    [InlineData("tariff = 'Prepaid", "Text starting at position 9 has no closing '")]
    [InlineData("age # 3", "Unexpected character '#' at position 4")]
    [InlineData("(age > 3", "Expected ')' at position 8 but found the end")]
    [InlineData("age > 3 age < 5", "Expected 'and', 'or' or the end of the condition at position 8 but found 'age'")]
    [InlineData("and = 3", "Expected a field name, answer('step'), a number or a quoted text at position 0 but found 'and'")]
    public void Syntax_errors_say_what_was_expected_and_where(string text, string message)
    {
        var parsed = Condition.Parse(text);
        Assert.False(parsed.IsSuccess);
        Assert.Equal(message, parsed.Error);
    }

    [Fact]
    public void Code_is_never_run_only_parsed_as_words()
    {
        var parsed = Condition.Parse("System.IO.File.Delete('x')");
        Assert.False(parsed.IsSuccess);
    }

    [Fact]
    public void Deep_nesting_is_refused_before_it_can_exhaust_the_stack()
    {
        var parsed = Condition.Parse(new string('(', 5_000) + "age > 1" + new string(')', 5_000));
        Assert.False(parsed.IsSuccess);
        Assert.Contains("limit is 1,000", parsed.Error);
        var nested = Condition.Parse(string.Concat(Enumerable.Repeat("not ", 40)) + "age > 1");
        Assert.Contains("nests deeper than 32 levels", nested.Error);
    }

    [Fact]
    public void A_condition_lists_the_fields_and_answers_it_reads()
    {
        var condition = Condition.Parse("age >= 30 and answer('q1') in ('yes') or Tariff = 'x'").Condition!;
        Assert.Equal(["age", "Tariff"], condition.FieldNames.Order());
        Assert.Equal(["q1"], condition.AnswerStepIds);
    }
}
