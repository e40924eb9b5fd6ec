namespace Outreach.AnswerClassification.Deciding;

/// <summary>Which decider tells a person from a machine.</summary>
public enum DeciderKind
{
    /// <summary>The app_amd-style rule baseline (<see cref="RuleOptions"/>).</summary>
    Rules,

    /// <summary>The trained tree ensemble, asked at checkpoints.</summary>
    Model,
}
