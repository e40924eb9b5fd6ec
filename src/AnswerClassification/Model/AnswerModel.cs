using System.Text.Json;
using Outreach.AnswerClassification.Features;

namespace Outreach.AnswerClassification.Model;

/// <summary>
/// A trained person-or-machine model: a boosted tree ensemble over <see cref="AnswerFeatures"/> with its Platt
/// calibration, the checkpoints at which it is asked, and the probability thresholds at which it decides.
/// Evaluated with plain arrays so a checkpoint allocates nothing.
/// </summary>
public sealed record AnswerModel
{
    private const string ResourceName = "Outreach.AnswerClassification.answer-model.json";
    private static readonly Lazy<AnswerModel?> Embedded = new(LoadEmbedded);

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = false };

    public required string[] FeatureNames { get; init; }
    public required RegressionTreeData[] Trees { get; init; }
    public double Bias { get; init; }

    /// <summary>Platt calibration: P(machine) = 1 / (1 + exp(slope * score + offset)).</summary>
    public double PlattSlope { get; init; } = -1;
    public double PlattOffset { get; init; }

    /// <summary>Decide "machine" at a checkpoint when P(machine) is at least this.</summary>
    public double MachineThreshold { get; init; } = 0.9;

    /// <summary>Decide "person" at a checkpoint when P(machine) is at most this.</summary>
    public double HumanThreshold { get; init; } = 0.1;

    /// <summary>The model may call a person only after this much silence: nobody can be called waiting while still talking.</summary>
    public int MinimumHumanSilenceMilliseconds { get; init; } = 300;

    /// <summary>
    /// The model may call a machine only after this much speech: a person introducing themselves talks for a
    /// second or two, and calling a person a machine is the worst error.
    /// </summary>
    public int MinimumMachineSpeechMilliseconds { get; init; } = 1200;

    public int FirstCheckpointMilliseconds { get; init; } = 500;
    public int CheckpointMilliseconds { get; init; } = 250;

    /// <summary>What the model was trained on, for the reader: corpus, rows, held-out figures.</summary>
    public string Provenance { get; init; } = "";

    /// <summary>The model shipped in this assembly, or null when none is embedded.</summary>
    public static AnswerModel? Default => Embedded.Value;

    /// <summary>The streaming rule at one checkpoint: machine, human, or null to listen on.</summary>
    public AnswerKind? DecideAt(double machineProbability, ReadOnlySpan<float> features)
    {
        var trailingSilenceSeconds = features[AnswerFeatures.TrailingSilence];
        if (machineProbability >= MachineThreshold && features[AnswerFeatures.Speech] * 1000 >= MinimumMachineSpeechMilliseconds)
            return AnswerKind.Machine;
        if (machineProbability <= HumanThreshold && trailingSilenceSeconds * 1000 >= MinimumHumanSilenceMilliseconds)
            return AnswerKind.Human;
        return null;
    }

    /// <summary>P(machine) for one feature vector.</summary>
    public double MachineProbability(ReadOnlySpan<float> features)
    {
        var score = Bias;
        foreach (var tree in Trees)
            score += tree.Weight * tree.Evaluate(features);
        return 1 / (1 + Math.Exp(PlattSlope * score + PlattOffset));
    }

    /// <summary>The model as JSON text.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>A model from JSON text; throws <see cref="InvalidDataException"/> when it does not fit this build's features.</summary>
    public static AnswerModel FromJson(string json)
    {
        var model = JsonSerializer.Deserialize<AnswerModel>(json, Json) ?? throw new InvalidDataException("empty model");
        if (!model.FeatureNames.SequenceEqual(AnswerFeatures.Names))
            throw new InvalidDataException("the model was trained on other features than this build computes; retrain it with `outreach amd train`");
        return model;
    }

    private static AnswerModel? LoadEmbedded() => EmbeddedResource.Text(ResourceName) is { } json ? FromJson(json) : null;
}
