using System.Text;
using Outreach.Surveys.Json;
using Outreach.Surveys.Model;
using Outreach.Surveys.Tests.Support;
using Outreach.Surveys.Validation;

namespace Outreach.Surveys.Tests.Json;

public sealed class SurveyJsonTests
{
    private static string Document(string steps, string first = "a") =>
        $$"""{ "format": "outreach.survey/1", "id": "s", "title": "T", "firstStep": "{{first}}", "steps": [ {{steps}} ] }""";

    private static string Errors(string json) => string.Join("\n", SurveyJson.Import(json).Errors);

    [Fact]
    public void The_sample_survey_imports_cleanly()
    {
        var result = SurveyJson.Import(Examples.CustomerSatisfactionJson());
        Assert.Empty(result.Errors);
        Assert.Empty(result.Issues);
        var survey = result.Survey!;
        Assert.True(survey.Steps.Count >= 6);
        Assert.Contains(survey.Steps, step => step.Kind == StepKind.Say && !step.IsEnd);
        Assert.Equal(2, survey.Steps.Count(step => step.IsEnd));
        Assert.Equal([new InRange(1, 3), new InRange(4, 7), new InRange(8, 10)],
            survey.FindStep("score")!.Transitions.Select(t => t.Condition));
        Assert.Contains(survey.Steps.SelectMany(s => s.Transitions), t => t.Condition is When { Expression: var e } && e.Contains("tariff"));
    }

    [Fact]
    public void The_example_in_the_documentation_imports_cleanly()
    {
        var doc = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", "surveys.md"));
        var start = doc.IndexOf("```json", StringComparison.Ordinal) + "```json".Length;
        var result = SurveyJson.Import(doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)]);
        Assert.Empty(result.Errors);
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void The_sample_survey_exports_to_what_it_imports_from()
    {
        var survey = Examples.CustomerSatisfaction();
        var again = SurveyJson.Import(SurveyJson.Export(survey)).Survey!;
        Assert.Equal(SurveyJson.Export(survey), SurveyJson.Export(again));
    }

    [Fact]
    public void An_unknown_step_type_is_named_with_its_path_and_the_types_expected() =>
        Assert.Equal("$.steps[1].type: unknown step type \"slider\"; expected one of single, multiple, number, yesno, text, date, say",
            Errors(Document("""{ "id": "a", "type": "say", "next": [ { "default": true, "to": "b" } ] }, { "id": "b", "type": "slider", "end": true }""")));

    [Fact]
    public void A_step_without_an_id_is_reported() =>
        Assert.Equal("$.steps[0].id: missing; it is required", Errors(Document("""{ "type": "say", "end": true }""")));

    [Fact]
    public void Ten_thousand_steps_are_refused_with_the_limit_in_the_message()
    {
        var steps = string.Join(",", Enumerable.Range(0, 10_000).Select(i => $$"""{ "id": "s{{i}}", "type": "say", "end": true }"""));
        var result = SurveyJson.Import(Document(steps, "s0"));
        Assert.Null(result.Survey);
        Assert.Equal("$.steps: 10,000 steps exceed the limit of 2,000 steps per survey", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Text_that_is_not_json_is_reported_with_its_position()
    {
        var error = Errors("{ \"id\": ");
        Assert.StartsWith("$: not valid JSON:", error);
        Assert.Contains("LineNumber: 0", error);
    }

    [Fact]
    public void Deeply_nested_json_is_refused_not_crashed_on() =>
        Assert.StartsWith("$: not valid JSON:", Errors(new string('[', 10_000) + new string(']', 10_000)));

    [Fact]
    public void A_huge_document_is_refused_before_parsing() =>
        Assert.Equal("$: the document is 8,000,001 characters; the limit is 8,000,000",
            Errors(new StringBuilder().Append(' ', 8_000_001).ToString()));

    [Fact]
    public void Every_document_error_is_listed_with_its_path()
    {
        var json = """
            { "id": "s", "firstStep": "a", "colour": "red", "steps": [
              { "id": "a", "type": "number", "min": "one", "next": [ { "range": [1], "to": "b" }, { "option": "x", "when": "age > 3", "to": "b" }, { "to": "b" } ] },
              { "id": "b", "type": "single", "options": [ { "label": "no id" } ], "end": "yes" }
            ] }
            """;
        Assert.Equal(
            """
            $.colour: unknown property; expected one of format, id, title, firstStep, steps
            $.steps[0].min: expected a whole number, found the string "one"
            $.steps[0].next[0].range: expected [min, max], found an array
            $.steps[0].next[1]: a transition takes one condition, found option and when
            $.steps[0].next[2]: a transition needs one of option, range, when or default
            $.steps[1].options[0].id: missing; it is required
            $.steps[1].end: expected true or false, found the string "yes"
            """.ReplaceLineEndings("\n"), Errors(json));
    }

    [Fact]
    public void A_readable_survey_with_graph_problems_is_returned_with_its_issues()
    {
        var result = SurveyJson.Import(Document("""{ "id": "a", "type": "say", "next": [ { "default": true, "to": "ghost" } ] }, { "id": "b", "type": "say", "end": true }"""));
        Assert.True(result.IsRead);
        Assert.False(result.IsValid);
        Assert.Contains(result.Issues, issue => issue.Code == ValidationCode.MissingTarget);
    }

    [Fact]
    public void Text_with_markup_and_non_ascii_letters_survives_a_round_trip()
    {
        var survey = Examples.CustomerSatisfaction() with { Title = "Опрос <b>\"качества\"</b> & more" };
        Assert.Equal(survey.Title, SurveyJson.Import(SurveyJson.Export(survey)).Survey!.Title);
        Assert.Contains("Опрос", SurveyJson.Export(survey));
    }
}
