using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Outreach.Segmentation.Rules;

namespace Outreach.Web.Targeting;

/// <summary>A rule carried in the segment builder's address (<c>/segments?rule=…</c>, base64url JSON), so other pages can open it pre-filled.</summary>
public static class SegmentLink
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Encode(RuleNode rule) =>
        WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(rule, Json)));

    /// <summary>The address of the builder opened on this rule.</summary>
    public static string Href(RuleNode rule) => "segments?rule=" + Encode(rule);

    /// <summary>The rule, or null for text that is not an encoded rule (a hand-edited address).</summary>
    public static RuleNode? Decode(string? encoded)
    {
        if (string.IsNullOrWhiteSpace(encoded))
            return null;
        try
        {
            return JsonSerializer.Deserialize<RuleNode>(WebEncoders.Base64UrlDecode(encoded), Json);
        }
        catch (Exception e) when (e is FormatException or JsonException or NotSupportedException)
        {
            return null;
        }
    }
}
