using Outreach.Surveys.Model;

namespace Outreach.Web.Surveys;

/// <summary>A transition as the designer's form edits it: a kind ("option", "range", "when", "default") and its fields.</summary>
public sealed class TransitionDraft
{
    public const string OnOption = "option", InRange = "range", When = "when", Default = "default";

    public string Kind { get; set; } = Default;
    public string Option { get; set; } = "";
    public long? Min { get; set; }
    public long? Max { get; set; }
    public string Expression { get; set; } = "";
    public string Target { get; set; } = "";

    public static TransitionDraft From(Transition t) => t.Condition switch
    {
        Outreach.Surveys.Model.OnOption o => new TransitionDraft { Kind = OnOption, Option = o.OptionId, Target = t.Target },
        Outreach.Surveys.Model.InRange r => new TransitionDraft { Kind = InRange, Min = r.Min, Max = r.Max, Target = t.Target },
        Outreach.Surveys.Model.When w => new TransitionDraft { Kind = When, Expression = w.Expression, Target = t.Target },
        _ => new TransitionDraft { Kind = Default, Target = t.Target },
    };

    // An unfinished range (no min or max yet) becomes an empty range, which the validator reports.
    public Transition ToTransition() => Kind switch
    {
        OnOption => Transition.ForOption(Option.Trim(), Target),
        InRange => Transition.ForRange(Min ?? 0, Max ?? -1, Target),
        When => Transition.ForCondition(Expression, Target),
        _ => Transition.ByDefault(Target),
    };

    public string Describe() => Kind switch
    {
        OnOption => Option,
        InRange => $"{Min}–{Max}",
        When => Expression.Length > 24 ? Expression[..24] + "…" : Expression,
        _ => "otherwise",
    };
}
