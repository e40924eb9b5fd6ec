using System.Globalization;
using System.Text.Json;

namespace Outreach.Segmentation.Rules;

/// <summary>Reads the typed value of a condition from its JSON; each method fails softly.</summary>
internal static class RuleValueReader
{
    public delegate bool Reader<T>(JsonElement element, out T value);

    public static bool TryNumber(JsonElement element, out decimal value)
    {
        value = 0;
        return element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out value);
    }

    public static bool TryText(JsonElement element, out string value)
    {
        value = element.ValueKind == JsonValueKind.String ? element.GetString() ?? "" : "";
        return element.ValueKind == JsonValueKind.String;
    }

    public static bool TryDate(JsonElement element, out DateOnly value)
    {
        value = default;
        return element.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(element.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture,
                DateTimeStyles.None, out value);
    }

    public static bool TryPositiveInt(JsonElement element, out int value)
    {
        value = 0;
        return element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out value) && value > 0;
    }

    /// <summary>A single value of the given kind.</summary>
    public static bool TryOne<T>(JsonElement? element, Reader<T> read, out T value)
    {
        value = default!;
        return element is { } e && read(e, out value);
    }

    /// <summary>A two-item array <c>[from, to]</c>, as "between" takes.</summary>
    public static bool TryPair<T>(JsonElement? element, Reader<T> read, out T from, out T to)
    {
        from = default!;
        to = default!;
        return element is { ValueKind: JsonValueKind.Array } e && e.GetArrayLength() == 2
            && read(e[0], out from) && read(e[1], out to);
    }

    /// <summary>One string or a non-empty array of strings.</summary>
    public static bool TryTextList(JsonElement? element, out string[] values)
    {
        values = [];
        if (element is not { } e)
            return false;
        if (TryText(e, out var single))
        {
            values = [single];
            return true;
        }
        if (e.ValueKind != JsonValueKind.Array || e.GetArrayLength() == 0)
            return false;
        var list = new List<string>();
        foreach (var item in e.EnumerateArray())
        {
            if (!TryText(item, out var text))
                return false;
            list.Add(text);
        }
        values = [.. list];
        return true;
    }
}
