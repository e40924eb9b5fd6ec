using Outreach.AnswerClassification.Deciding;
using Outreach.AnswerClassification.Model;

namespace Outreach.AnswerClassification;

/// <summary>How an <see cref="AnswerClassifier"/> decides: which decider, the rule settings and limits, the model.</summary>
public sealed record ClassifierOptions
{
    /// <summary>The decider shipped as the default: the one that did better on the held-out corpus.</summary>
    public const DeciderKind DefaultDecider = DeciderKind.Model;

    public DeciderKind Decider { get; init; } = DefaultDecider;

    /// <summary>The rule settings; their initial silence, total analysis time and thresholds bind the model too.</summary>
    public RuleOptions Rules { get; init; } = new();

    /// <summary>The trained model; null takes the one embedded in this assembly.</summary>
    public AnswerModel? Model { get; init; }

    /// <summary>After a machine's last speech, this much silence with no beep means the message can start.</summary>
    public int ClosingSilenceMilliseconds { get; init; } = 1200;

    /// <summary>After a machine decision, give up waiting for a beep or closing silence after this much audio.</summary>
    public int MessageCueLimitMilliseconds { get; init; } = 30_000;
}
