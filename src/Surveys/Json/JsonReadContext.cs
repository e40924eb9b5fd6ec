using System.Text.Json;

namespace Outreach.Surveys.Json;

/// <summary>Collects document errors with their paths and reads typed properties, reporting what is missing or mistyped.</summary>
internal sealed class JsonReadContext
{
    private const int MaxErrors = 100;
    private readonly List<SurveyJsonError> errors = [];

    public IReadOnlyList<SurveyJsonError> Errors => errors;

    public bool IsFull => errors.Count >= MaxErrors;

    public void Add(string path, string reason)
    {
        if (!IsFull)
        {
            errors.Add(new SurveyJsonError(path, reason));
        }
    }

    public bool ExpectObject(JsonElement element, string path, string what)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return true;
        }
        Add(path, $"expected {what} object, found {Describe(element)}");
        return false;
    }

    /// <summary>Reports properties the format does not know, which are usually typos that would otherwise be lost silently.</summary>
    public void RejectUnknown(JsonElement element, string path, IReadOnlyCollection<string> known)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                Add($"{path}.{property.Name}", $"unknown property; expected one of {string.Join(", ", known)}");
            }
        }
    }

    public string? String(JsonElement owner, string name, string path, bool required)
    {
        if (!owner.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Add($"{path}.{name}", "missing; it is required");
            }
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            Add($"{path}.{name}", $"expected a string, found {Describe(value)}");
            return null;
        }
        return value.GetString();
    }

    public long? Integer(JsonElement owner, string name, string path)
    {
        if (!owner.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        return Integer(value, $"{path}.{name}");
    }

    public long? Integer(JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
        {
            return number;
        }
        Add(path, $"expected a whole number, found {Describe(value)}");
        return null;
    }

    public bool Boolean(JsonElement owner, string name, string path)
    {
        if (!owner.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return false;
        }
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }
        Add($"{path}.{name}", $"expected true or false, found {Describe(value)}");
        return false;
    }

    /// <summary>The array's items with their paths; a missing optional array is empty.</summary>
    public List<(JsonElement Item, string Path)> Array(JsonElement owner, string name, string path, bool required)
    {
        if (!owner.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Add($"{path}.{name}", "missing; it is required");
            }
            return [];
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            Add($"{path}.{name}", $"expected an array, found {Describe(value)}");
            return [];
        }
        return value.EnumerateArray().Select((item, i) => (item, $"{path}.{name}[{i}]")).ToList();
    }

    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{Shorten(element.GetString()!)}\"",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        _ => "null",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
