using BenchmarkDotNet.Attributes;
using Outreach.Surveys.Model;
using Outreach.Surveys.Runtime;

namespace Outreach.Benchmarks.Surveys;

/// <summary>
/// Answers per second through the navigator on a 50-step survey: plain forward answers (the agent on a call), and
/// changes of the first answer, which recompute the whole path from the first step.
/// Each invocation performs <see cref="Operations"/> answers, so the time shown is per answer.
/// </summary>
[MemoryDiagnoser]
public class SurveyNavigationBenchmarks
{
    private const int Operations = 1_000;
    private static readonly DateTimeOffset At = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private CompiledSurvey compiled = null!;
    private SurveyNavigator answered = null!;

    [GlobalSetup]
    public void Setup()
    {
        compiled = CompiledSurvey.Compile(BenchmarkSurveys.Layered(50), 1);
        answered = SurveyNavigator.Start(compiled, BenchmarkSurveys.Subscriber);
        while (!answered.CurrentStep.IsEnd)
        {
            answered.Answer(answered.CurrentStep.Id, BenchmarkSurveys.AnswerFor(answered.CurrentStep), At);
        }
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public int AnswerForward()
    {
        var navigator = SurveyNavigator.Start(compiled, BenchmarkSurveys.Subscriber);
        for (var i = 0; i < Operations; i++)
        {
            var step = navigator.CurrentStep;
            if (step.IsEnd)
            {
                navigator = SurveyNavigator.Start(compiled, BenchmarkSurveys.Subscriber);
                step = navigator.CurrentStep;
            }
            navigator.Answer(step.Id, BenchmarkSurveys.AnswerFor(step), At);
        }
        return navigator.Path.Count;
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public int ChangeFirstAnswer()
    {
        // 5 and 6 take the same branch, so every change recomputes the whole 25-step path and keeps it: the costliest change.
        var navigator = SurveyNavigator.FromSession(compiled, BenchmarkSurveys.Subscriber, answered.Session);
        for (var i = 0; i < Operations; i++)
        {
            navigator.ChangeAnswer("s0", AnswerValue.Number(i % 2 == 0 ? 6 : 5), At);
        }
        return navigator.Path.Count;
    }
}
