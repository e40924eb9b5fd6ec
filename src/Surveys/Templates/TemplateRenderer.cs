using System.Net;
using System.Text;
using Outreach.Surveys.Model;

namespace Outreach.Surveys.Templates;

/// <summary>
/// Fills {Field} placeholders of step texts from a subscriber profile. "{{" and "}}" stand for literal braces.
/// In HTML mode everything is encoded, values included, so a field or answer holding markup shows as text.
/// </summary>
public static class TemplateRenderer
{
    /// <summary>Renders the template; unknown placeholders stay as written and are reported, known fields without a value render empty.</summary>
    public static RenderedText Render(string template, SubscriberProfile profile, RenderMode mode)
    {
        var output = new StringBuilder(template.Length + 32);
        var unknown = new List<string>();
        var position = 0;
        foreach (var placeholder in Placeholders(template))
        {
            AppendLiteral(output, template[position..placeholder.Start], mode);
            if (profile.TryGet(placeholder.Field, out var value))
            {
                output.Append(Encode(value ?? "", mode));
            }
            else
            {
                unknown.Add(placeholder.Field);
                output.Append(Encode(template.Substring(placeholder.Start, placeholder.Length), mode));
            }
            position = placeholder.Start + placeholder.Length;
        }
        AppendLiteral(output, template[position..], mode);
        return new RenderedText(output.ToString(), unknown);
    }

    /// <summary>The placeholders of a template, in order; the validator uses it to check field names.</summary>
    public static IEnumerable<TemplatePlaceholder> Placeholders(string template)
    {
        var i = 0;
        while (i < template.Length)
        {
            if (template[i] != '{')
            {
                i++;
                continue;
            }
            if (i + 1 < template.Length && template[i + 1] == '{')
            {
                i += 2;
                continue;
            }
            var end = NameEnd(template, i + 1);
            if (end > i + 1 && end < template.Length && template[end] == '}')
            {
                yield return new TemplatePlaceholder(template[(i + 1)..end], i, end - i + 1);
                i = end + 1;
                continue;
            }
            i++;
        }
    }

    /// <summary>Encodes a value for the mode: HTML-encoded for <see cref="RenderMode.Html"/>, unchanged for plain text.</summary>
    public static string Encode(string value, RenderMode mode) =>
        mode == RenderMode.Html ? WebUtility.HtmlEncode(value) : value;

    private static int NameEnd(string template, int start)
    {
        var i = start;
        while (i < template.Length && (char.IsLetterOrDigit(template[i]) || template[i] == '_'))
        {
            i++;
        }
        return i;
    }

    private static void AppendLiteral(StringBuilder output, string literal, RenderMode mode)
    {
        // Doubled braces are the escape for a literal brace, so they collapse only outside placeholders.
        output.Append(Encode(literal.Replace("{{", "{").Replace("}}", "}"), mode));
    }
}
