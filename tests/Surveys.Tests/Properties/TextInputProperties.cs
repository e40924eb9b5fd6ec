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

    // JSON pieces for the edits below: a survey document damaged in a few places is near-valid input of every kind.
    private static readonly string[] JsonPieces = ["{", "}", "[", "]", ":", ",", "\"", "\"id\"", "\"steps\"", "null", "true", "-1", "1e999", "\\u0000", "é", " "];

    private sealed record Edit(int Kind, int Position, int Length, string Piece);

    /// <summary>A generated survey's JSON with 0–3 edits (delete a run, insert a piece, replace a run with a piece).</summary>
    private static readonly Arbitrary<string> SurveyDocuments = (
        from shape in Generators.Shapes.Generator
        from count in Gen.Choose(0, 3)
        from edits in Gen.ArrayOf(
            from kind in Gen.Choose(0, 2)
            from position in Gen.Choose(0, 100_000)
            from length in Gen.Choose(1, 12)
            from piece in Gen.Elements(JsonPieces)
            select new Edit(kind, position, length, piece), count)
        select Damage(SurveyJson.Export(ValidSurveyBuilder.Build(shape)), edits)).ToArbitrary();

    private static string Damage(string json, IEnumerable<Edit> edits)
    {
        foreach (var edit in edits)
        {
            var at = edit.Position % (json.Length + 1);
            var length = Math.Min(edit.Length, json.Length - at);
            json = edit.Kind switch
            {
                0 => json.Remove(at, length),
                1 => json.Insert(at, edit.Piece),
                _ => json.Remove(at, length).Insert(at, edit.Piece),
            };
        }
        return json;
    }

    [Fact]
    public void Importing_any_text_gives_a_survey_or_errors_never_an_exception()
    {
        var (read, refused) = (0, 0);
        PropertyCheck.Holds(500, Prop.ForAll(SurveyDocuments, text =>
        {
            var result = SurveyJson.Import(text);
            if (result.IsRead) read++; else refused++;
            return result.IsRead ? result.Survey is not null && result.Errors.Count == 0 : result.Errors.Count > 0;
        }));
        PropertyCheck.Holds(300, Prop.ForAll(Texts, text => SurveyJson.Import(text) is var result && result.IsRead != (result.Errors.Count > 0)));
        // Both ways out must be taken, or the property above was only ever tried on one of them.
        Assert.True(read >= 50 && refused >= 50, $"{read} documents read, {refused} refused");
    }
}
