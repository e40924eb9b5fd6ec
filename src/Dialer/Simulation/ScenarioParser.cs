using System.Text.Json;
using Outreach.Dialer.Pacing;

namespace Outreach.Dialer.Simulation;

/// <summary>Reads and validates a scenario file; every problem is a <see cref="ScenarioException"/> naming the field.</summary>
public static class ScenarioParser
{
    /// <summary>Parses scenario JSON.</summary>
    public static Scenario Parse(string json)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }); }
        catch (JsonException e) { throw new ScenarioException("(json)", $"not valid JSON ({e.Message.Split('.')[0]})"); }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new ScenarioException("(root)", "must be a JSON object");
            return Read(root);
        }
    }

    private static Scenario Read(JsonElement root)
    {
        var noAnswer = Number(root, "noAnswerTimeoutSeconds", min: 0);
        return new Scenario
        {
            Name = Optional(root, "name") is { } name ? Text(name, "name") : "unnamed",
            Seed = (int)Number(root, "seed", 1, min: int.MinValue, integer: true),
            DurationMinutes = Number(root, "durationMinutes", min: 0),
            Mode = Optional(root, "mode") is { } mode ? ParseMode(Text(mode, "mode")) : DialingMode.Predictive,
            PowerRatio = Number(root, "powerRatio", 2.0, min: 1),
            AdaptiveMaxLevel = Number(root, "adaptiveMaxLevel", 4.0, min: 1),
            TargetAbandonRate = Number(root, "targetAbandonRate", 0.03, min: 0, max: 1),
            TargetWaitRate = Optional(root, "targetWaitRate") is null ? null : Number(root, "targetWaitRate", 0, min: 0.0001, max: 1),
            MaxWaitForAgentSeconds = Number(root, "maxWaitForAgentSeconds", 2, min: 0),
            Agents = Array(root, "agents").Select((e, i) => Shift(e, $"agents[{i}]")).ToList(),
            Contacts = (long)Number(root, "contacts", min: 0, integer: true),
            Outcomes = Mix(Required(root, "outcomes"), "outcomes"),
            OutcomeChanges = Optional(root, "outcomeChanges") is null ? [] :
                Array(root, "outcomeChanges").Select((e, i) => Change(e, $"outcomeChanges[{i}]")).ToList(),
            RingSeconds = ParseDistribution(Required(root, "ringSeconds"), "ringSeconds"),
            NoAnswerTimeoutSeconds = noAnswer,
            FailFastSeconds = Number(root, "failFastSeconds", min: 0),
            ClassificationSeconds = ParseDistribution(Required(root, "classificationSeconds"), "classificationSeconds"),
            TalkSeconds = ParseDistribution(Required(root, "talkSeconds"), "talkSeconds"),
            WrapSeconds = ParseDistribution(Required(root, "wrapSeconds"), "wrapSeconds"),
        };
    }

    /// <summary>A dialing mode by name, case-insensitive.</summary>
    public static DialingMode ParseMode(string text) =>
        text.Length > 0 && !char.IsDigit(text[0]) && Enum.TryParse<DialingMode>(text, ignoreCase: true, out var mode) && Enum.IsDefined(mode)
            ? mode
            : throw new ScenarioException("mode", $"unknown mode '{text}' (preview, progressive, power, adaptive, predictive)");

    private static AgentShift Shift(JsonElement e, string path)
    {
        var login = Number(e, "loginMinute", 0, min: 0, path: path);
        var logout = Number(e, "logoutMinute", min: 0, path: path);
        if (logout < login) throw new ScenarioException($"{path}.logoutMinute", "must not be before loginMinute");
        return new AgentShift((int)Number(e, "count", min: 0, integer: true, path: path), login, logout);
    }

    private static OutcomeChange Change(JsonElement e, string path) =>
        new(Number(e, "atMinute", min: 0, path: path), Mix(Required(e, "outcomes", path), $"{path}.outcomes"));

    private static OutcomeMix Mix(JsonElement e, string path)
    {
        double P(string name) => Number(e, name, min: 0, max: 1, path: path);
        var mix = new OutcomeMix(P("human"), P("machine"), P("busy"), P("noAnswer"), P("invalid"));
        if (Math.Abs(mix.Total - 1) > 0.001)
            throw new ScenarioException(path, $"probabilities sum to {mix.Total:0.####}, not 1");
        return mix;
    }

    private static Distribution ParseDistribution(JsonElement e, string path)
    {
        if (e.ValueKind != JsonValueKind.Object) throw new ScenarioException(path, "must be an object with \"dist\"");
        var kind = Text(Required(e, "dist", path), $"{path}.dist").ToLowerInvariant();
        double N(string name) => Number(e, name, min: 0, path: path);
        return kind switch
        {
            "fixed" => new Distribution(DistributionKind.Fixed, N("value")),
            "exponential" => new Distribution(DistributionKind.Exponential, N("mean")),
            "uniform" => Uniform(N("min"), N("max"), path),
            "normal" => new Distribution(DistributionKind.Normal, N("mean"), N("sd")),
            "lognormal" => new Distribution(DistributionKind.LogNormal, N("mean"), N("sd")),
            _ => throw new ScenarioException($"{path}.dist", $"unknown distribution '{kind}'"),
        };
    }

    private static Distribution Uniform(double min, double max, string path) => max >= min
        ? new Distribution(DistributionKind.Uniform, min, max)
        : throw new ScenarioException($"{path}.max", "must not be below min");

    private static double Number(JsonElement obj, string name, double? fallback = null, double min = double.MinValue,
        double max = double.MaxValue, bool integer = false, string? path = null)
    {
        var field = path is null ? name : $"{path}.{name}";
        if (Optional(obj, name) is not { } e)
            return fallback ?? throw new ScenarioException(field, "is required");
        if (e.ValueKind != JsonValueKind.Number || !e.TryGetDouble(out var value) || !double.IsFinite(value))
            throw new ScenarioException(field, "must be a number");
        if (integer && value != Math.Floor(value)) throw new ScenarioException(field, "must be a whole number");
        if (value < min) throw new ScenarioException(field, min == 0 ? "must not be negative" : $"must be at least {min}");
        if (value > max) throw new ScenarioException(field, $"must be at most {max}");
        return value;
    }

    private static string Text(JsonElement e, string field) =>
        e.ValueKind == JsonValueKind.String && e.GetString() is { Length: > 0 } s ? s : throw new ScenarioException(field, "must be a non-empty string");

    private static IEnumerable<JsonElement> Array(JsonElement obj, string name) =>
        Required(obj, name) is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray().ToList() : throw new ScenarioException(name, "must be an array");

    private static JsonElement Required(JsonElement obj, string name, string? path = null) =>
        Optional(obj, name) ?? throw new ScenarioException(path is null ? name : $"{path}.{name}", "is required");

    private static JsonElement? Optional(JsonElement obj, string name)
    {
        if (obj.ValueKind != JsonValueKind.Object) return null;
        foreach (var p in obj.EnumerateObject())
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
                return p.Value.ValueKind == JsonValueKind.Null ? null : p.Value;
        return null;
    }
}
