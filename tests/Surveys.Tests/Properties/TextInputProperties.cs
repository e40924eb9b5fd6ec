using FsCheck;
using FsCheck.Fluent;
using Outreach.Surveys.Conditions;
using Outreach.Surveys.Json;
using Outreach.Surveys.Model;
using Outreach.Surveys.Templates;
using Outreach.Surveys.Tests.Support;

namespace Outreach.Surveys.Tests.Properties;

public sealed class TextInputProperties
{
    // Pieces of the condition language and of HTML, so random texts come close to valid (and hostile) input.
    private static readonly string[] Pieces =
        ["age", " ", "and", "or", "not", "in", "(", ")", "'", "\"", "=", "<", ">", "!", ",", "3", "-", ".", "answer", "'q1'", "<script>", "&", "{", "}", "FirstName", "é"];

    private static readonly Arbitrary<string> Texts =
        Gen.ArrayOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts)).ToArbitrary();

    [Fact]
    public void The_condition_parser_never_throws_and_errors_point_inside_the_text() => PropertyCheck.Holds(1_000, Prop.ForAll(Texts, text =>
    {
        var parsed = Condition.Parse(text);
        return parsed.IsSuccess || (parsed.Error is not null && parsed.ErrorPosition >= 0 && parsed.ErrorPosition <= text.Length);
    }));

    [Fact]
    public void Html_rendering_never_lets_an_angle_bracket_or_quote_through() => PropertyCheck.Holds(1_000, Prop.ForAll(Texts, Texts, (template, value) =>
    {
        var profile = new SubscriberProfile(new Dictionary<string, string?> { ["FirstName"] = value });
        var html = TemplateRenderer.Render(template, profile, RenderMode.Html).Text;
        return html.IndexOfAny(['<', '>', '"', '\'']) < 0;
    }));

    [Fact]
    public void Importing_any_text_gives_a_survey_or_errors_never_an_exception() => PropertyCheck.Holds(500, Prop.ForAll(Texts, text =>
    {
        var result = SurveyJson.Import(text);
        return result.IsRead != (result.Errors.Count > 0);
    }));
}
