using Outreach.Surveys.Model;

namespace Outreach.Surveys.Tests.Support;

/// <summary>Short builders for hand-written surveys in tests.</summary>
internal static class Steps
{
    public static Step Say(string id, params Transition[] next) => new() { Id = id, Kind = StepKind.Say, Text = id, Transitions = next };

    public static Step End(string id) => new() { Id = id, Kind = StepKind.Say, Text = "Goodbye", IsEnd = true };

    public static Step YesNo(string id, params Transition[] next) => new() { Id = id, Kind = StepKind.YesNo, Text = id, Transitions = next };

    public static Step Text(string id, params Transition[] next) => new() { Id = id, Kind = StepKind.Text, Text = id, Transitions = next };

    public static Step Number(string id, long min, long max, params Transition[] next) =>
        new() { Id = id, Kind = StepKind.Number, Text = id, Min = min, Max = max, Transitions = next };

    public static Step Choice(string id, string[] options, params Transition[] next) => new()
    {
        Id = id,
        Kind = StepKind.SingleChoice,
        Text = id,
        Options = options.Select(option => new StepOption(option, option.ToUpperInvariant())).ToList(),
        Transitions = next,
    };

    public static Survey Survey(params Step[] steps) =>
        new() { Id = "s", Title = "Test", FirstStepId = steps[0].Id, Steps = steps };

    public static Transition Go(string target) => Transition.ByDefault(target);
}
