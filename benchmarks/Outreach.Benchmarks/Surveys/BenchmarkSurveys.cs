using Outreach.Surveys.Model;

namespace Outreach.Benchmarks.Surveys;

/// <summary>
/// Deterministic surveys for the benchmarks: a layered script where number steps branch 1–3/4–7/8–10 to the next
/// three steps, every fifth step is a text step branching on a subscriber field and an earlier answer, and the last
/// step is the end. Forward-only transitions keep it valid at any size.
/// </summary>
internal static class BenchmarkSurveys
{
    public static Survey Layered(int count)
    {
        var steps = new List<Step>(count);
        for (var i = 0; i < count - 1; i++)
        {
            steps.Add(i % 5 == 4 ? TextStep(i, count) : NumberStep(i, count));
        }
        steps.Add(new Step { Id = Id(count - 1), Kind = StepKind.Say, Text = "Thank you, {FirstName}", IsEnd = true });
        return new Survey { Id = $"layered-{count}", Title = $"Layered {count}", FirstStepId = Id(0), Steps = steps };
    }

    public static SubscriberProfile Subscriber { get; } = new(new Dictionary<string, string?>
    {
        ["FirstName"] = "Anna",
        ["Age"] = "41",
        ["Tariff"] = "Prepaid",
    });

    /// <summary>The answer the benchmarks give at a step: a mid-scale score, or a short text.</summary>
    public static AnswerValue AnswerFor(Step step, long score = 5) =>
        step.Kind == StepKind.Number ? AnswerValue.Number(score) : AnswerValue.Text("fine");

    private static Step NumberStep(int i, int count) => new()
    {
        Id = Id(i),
        Kind = StepKind.Number,
        Text = $"Question {i}: from 1 to 10, {{FirstName}}?",
        Min = 1,
        Max = 10,
        Transitions =
        [
            Transition.ForRange(1, 3, Next(i, 1, count)),
            Transition.ForRange(4, 7, Next(i, 2, count)),
            Transition.ForRange(8, 10, Next(i, 3, count)),
        ],
    };

    private static Step TextStep(int i, int count) => new()
    {
        Id = Id(i),
        Kind = StepKind.Text,
        Text = $"Why, {{FirstName}}? Your {{Tariff}} plan…",
        Transitions =
        [
            Transition.ForCondition($"age >= 30 and answer('{Id(i - 1)}') >= 5", Next(i, 2, count)),
            Transition.ByDefault(Next(i, 1, count)),
        ],
    };

    private static string Next(int i, int by, int count) => Id(Math.Min(i + by, count - 1));

    private static string Id(int i) => $"s{i}";
}
