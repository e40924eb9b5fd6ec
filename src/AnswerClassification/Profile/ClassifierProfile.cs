using System.Text.Json;
using System.Text.Json.Serialization;
using Outreach.AnswerClassification.Evaluation;

namespace Outreach.AnswerClassification.Profile;

/// <summary>
/// The measured behaviour of a decider, for a simulated network to sample: per true class, what it was decided
/// as and after how much audio. Made from an evaluation (<see cref="Of"/>), saved by
/// <c>outreach amd evaluate DIR --profile FILE</c>, and the held-out profile of the shipped decider is embedded.
/// </summary>
public sealed record ClassifierProfile
{
    private const string ResourceName = "Outreach.AnswerClassification.measured-profile.json";
    private static readonly Lazy<ClassifierProfile?> Embedded = new(LoadEmbedded);

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The decider measured (rules or ml).</summary>
    public required string Decider { get; init; }

    /// <summary>What it was measured on, in words.</summary>
    public required string Source { get; init; }

    public required IReadOnlyDictionary<AnswerKind, ClassProfile> Classes { get; init; }

    /// <summary>The profile shipped in this assembly (the shipped decider on the held-out corpus), or null.</summary>
    public static ClassifierProfile? Default => Embedded.Value;

    /// <summary>The profile of an evaluation: one entry per true class present.</summary>
    public static ClassifierProfile Of(EvaluationReport report, string source) => new()
    {
        Decider = report.Decider,
        Source = source,
        Classes = report.Results.GroupBy(r => r.Truth).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => Profile(g.ToList())),
    };

    /// <summary>
    /// Draws what a call of true class <paramref name="truth"/> is decided as and after how long; a class the
    /// profile has not measured is decided correctly after the median delay of all classes.
    /// </summary>
    public (AnswerKind Decided, TimeSpan Delay) Sample(AnswerKind truth, Random random)
    {
        if (!Classes.TryGetValue(truth, out var profile))
        {
            var median = Classes.Values.Select(c => c.DelayAt(0.5)).Order().ElementAtOrDefault(Classes.Count / 2);
            return (truth, TimeSpan.FromSeconds(median));
        }
        var decided = profile.DecidedAt(random.NextDouble());
        return (decided, TimeSpan.FromSeconds(profile.DelayAt(random.NextDouble())));
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ClassifierProfile FromJson(string json) =>
        JsonSerializer.Deserialize<ClassifierProfile>(json, Json) ?? throw new InvalidDataException("empty profile");

    private static ClassProfile Profile(IReadOnlyList<EvaluatedFile> files)
    {
        var delays = files.Select(f => f.DecisionSeconds).Order().ToList();
        var decided = Enum.GetValues<AnswerKind>().ToDictionary(k => k, k => files.Count(f => f.Result.Decision.Kind == k) / (double)files.Count);
        var quantiles = ClassProfile.Levels.Select(q => Math.Round(EvaluationReport.Quantile(delays, q), 3)).ToArray();
        return new ClassProfile(files.Count, decided, quantiles);
    }

    private static ClassifierProfile? LoadEmbedded() => EmbeddedResource.Text(ResourceName) is { } json ? FromJson(json) : null;
}
