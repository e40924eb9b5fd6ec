using Outreach.Surveys.Model;
using Outreach.Surveys.Templates;

namespace Outreach.Surveys.Tests.Templates;

public sealed class TemplateRendererTests
{
    private static readonly SubscriberProfile Profile = new(new Dictionary<string, string?>
    {
        ["FirstName"] = "<script>alert('x')</script>",
        ["Tariff"] = "Prepaid & More",
        ["Balance"] = "12.50",
        ["Region"] = null,
    });

    [Fact]
    public void Html_mode_encodes_field_values_so_markup_shows_as_text()
    {
        var rendered = TemplateRenderer.Render("Hello {FirstName}, your {Tariff} plan", Profile, RenderMode.Html);
        Assert.Equal("Hello &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;, your Prepaid &amp; More plan", rendered.Text);
        Assert.True(rendered.IsComplete);
    }

    [Fact]
    public void Plain_text_mode_leaves_values_as_they_are() =>
        Assert.Equal("Balance: 12.50 (Prepaid & More)",
            TemplateRenderer.Render("Balance: {balance} ({TARIFF})", Profile, RenderMode.PlainText).Text);

    [Fact]
    public void Unknown_fields_are_reported_and_left_visible()
    {
        var rendered = TemplateRenderer.Render("Hi {FirstNmae}, {Tariff}", Profile, RenderMode.PlainText);
        Assert.Equal("Hi {FirstNmae}, Prepaid & More", rendered.Text);
        Assert.Equal(["FirstNmae"], rendered.UnknownFields);
    }

    [Fact]
    public void A_known_field_without_value_renders_empty() =>
        Assert.Equal("Region: .", TemplateRenderer.Render("Region: {Region}.", Profile, RenderMode.PlainText).Text);

    [Fact]
    public void Doubled_braces_are_literal_braces_and_stray_braces_stay() =>
        Assert.Equal("{Tariff} is Prepaid & More { }",
            TemplateRenderer.Render("{{Tariff}} is {Tariff} { }", Profile, RenderMode.PlainText).Text);

    [Fact]
    public void Text_answers_holding_html_are_shown_escaped()
    {
        var step = new Step { Id = "why", Kind = StepKind.Text };
        var shown = AnswerFormatter.Format(step, AnswerValue.Text("<b>bad</b> service"), RenderMode.Html);
        Assert.Equal("&lt;b&gt;bad&lt;/b&gt; service", shown);
    }

    [Fact]
    public void Choice_answers_are_shown_by_their_labels()
    {
        var step = new Step { Id = "likes", Kind = StepKind.MultipleChoice, Options = [new("p", "Price <low>"), new("s", "Support")] };
        Assert.Equal("Price &lt;low&gt;, Support", AnswerFormatter.Format(step, AnswerValue.Choices("p", "s"), RenderMode.Html));
        Assert.Equal("Yes", AnswerFormatter.Format(new Step { Id = "c", Kind = StepKind.YesNo }, AnswerValue.Yes, RenderMode.PlainText));
    }

    [Theory]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("\"><svg/onload=alert(1)>")]
    [InlineData("a < b && c > d")]
    public void Html_output_never_holds_an_angle_bracket_or_quote_from_a_value(string value)
    {
        var profile = new SubscriberProfile(new Dictionary<string, string?> { ["FirstName"] = value });
        var text = TemplateRenderer.Render("Dear {FirstName}", profile, RenderMode.Html).Text;
        Assert.DoesNotContain('<', text);
        Assert.DoesNotContain('>', text);
        Assert.DoesNotContain('"', text);
    }
}
