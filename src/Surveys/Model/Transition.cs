namespace Outreach.Surveys.Model;

/// <summary>An edge of the script: when <see cref="Condition"/> holds after a step, the walk goes to <see cref="Target"/>.</summary>
public sealed record Transition(TransitionCondition Condition, string Target)
{
    /// <summary>Go to <paramref name="target"/> when the option is chosen.</summary>
    public static Transition ForOption(string optionId, string target) => new(new OnOption(optionId), target);

    /// <summary>Go to <paramref name="target"/> when the number is in [min, max].</summary>
    public static Transition ForRange(long min, long max, string target) => new(new InRange(min, max), target);

    /// <summary>Go to <paramref name="target"/> when the expression is true.</summary>
    public static Transition ForCondition(string expression, string target) => new(new When(expression), target);

    /// <summary>Go to <paramref name="target"/> when nothing else matches.</summary>
    public static Transition ByDefault(string target) => new(Otherwise.Instance, target);
}
