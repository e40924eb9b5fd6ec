using Outreach.Surveys.Model;

namespace Outreach.Web.Surveys;

/// <summary>A step as the designer's form edits it; options are lines "id = Label".</summary>
public sealed class StepDraft
{
    public string Id { get; set; } = "";
    public StepKind Kind { get; set; } = StepKind.SingleChoice;
    public string Text { get; set; } = "";
    public string OptionLines { get; set; } = "";
    public long? Min { get; set; }
    public long? Max { get; set; }
    public bool IsEnd { get; set; }
    public List<TransitionDraft> Transitions { get; set; } = [];

    public static StepDraft From(Step s) => new()
    {
        Id = s.Id, Kind = s.Kind, Text = s.Text, Min = s.Min, Max = s.Max, IsEnd = s.IsEnd,
        OptionLines = string.Join('\n', s.Options.Select(o => $"{o.Id} = {o.Label}")),
        Transitions = s.Transitions.Select(TransitionDraft.From).ToList(),
    };

    public Step ToStep() => new()
    {
        Id = Id.Trim(), Kind = Kind, Text = Text, IsEnd = IsEnd,
        Min = Kind == StepKind.Number ? Min : null, Max = Kind == StepKind.Number ? Max : null,
        Options = Kind is StepKind.SingleChoice or StepKind.MultipleChoice ? Options().ToList() : [],
        Transitions = IsEnd ? [] : Transitions.Select(t => t.ToTransition()).ToList(),
    };

    private IEnumerable<StepOption> Options()
    {
        foreach (var line in OptionLines.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var cut = line.IndexOf('=');
            yield return cut < 0 ? new StepOption(line, line) : new StepOption(line[..cut].Trim(), line[(cut + 1)..].Trim());
        }
    }
}
