using FsCheck;
using FsCheck.Fluent;
using Outreach.Surveys.Model;
using Outreach.Surveys.Runtime;
using Outreach.Surveys.Tests.Support;

namespace Outreach.Surveys.Tests.Properties;

public sealed class ChangeAnswerProperties
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Changing_answers_never_leaves_answers_off_the_current_path() => PropertyCheck.Holds(300, Prop.ForAll(Generators.ShapesWithWalks, input =>
        {
            var survey = ValidSurveyBuilder.Build(input.Shape);
            var genes = new GeneReader(input.Walk);
            var profile = AnswerPicker.Profile(genes);
            var compiled = CompiledSurvey.Compile(survey, 1);
            var navigator = SurveyNavigator.Start(compiled, profile);
            for (var move = 0; move < 3 * survey.Steps.Count; move++)
            {
                var before = navigator.Answers.Values.ToList();
                var result = RandomMove(navigator, compiled, genes);
                if (!result.Succeeded)
                {
                    return false.Label(result.Error!.Message);
                }
                var problem = PathProblem(compiled, profile, navigator) ?? DiscardProblem(before, navigator, result);
                if (problem is not null)
                {
                    return false.Label($"after move {move}: {problem}");
                }
            }
            return true.ToProperty();
        }));

    private static NavigationResult RandomMove(SurveyNavigator navigator, CompiledSurvey compiled, GeneReader genes)
    {
        var answered = navigator.Answers.Keys.ToList();
        if (answered.Count > 0 && genes.Chance(3))
        {
            var id = answered[genes.Next(answered.Count)];
            var step = compiled.Step(id);
            return navigator.ChangeAnswer(id, AnswerPicker.Pick(step, genes), At);
        }
        if (navigator.Session.Cursor > 0 && genes.Chance(4))
        {
            return navigator.Back();
        }
        return navigator.Answer(navigator.CurrentStep.Id, AnswerPicker.Pick(navigator.CurrentStep, genes), At);
    }

    private static string? PathProblem(CompiledSurvey compiled, SubscriberProfile profile, SurveyNavigator navigator)
    {
        var off = navigator.Answers.Keys.Where(id => !navigator.Path.Contains(id)).ToList();
        if (off.Count > 0)
        {
            return $"answers off the path: {string.Join(", ", off)}";
        }
        // Replaying the kept answers from scratch must give the same path: no stale branch survives a change.
        var replay = SurveyNavigator.Start(compiled, profile);
        replay.Restore(navigator.Answers.Values);
        return replay.Path.SequenceEqual(navigator.Path) ? null : $"path {string.Join(">", navigator.Path)} but replay gives {string.Join(">", replay.Path)}";
    }

    private static string? DiscardProblem(List<Answer> before, SurveyNavigator navigator, NavigationResult result)
    {
        var discarded = result.Events.OfType<AnswerDiscarded>().Select(e => e.Answer.StepId).ToHashSet();
        var lost = before.Select(a => a.StepId).Where(id => !navigator.Answers.ContainsKey(id)).ToHashSet();
        return discarded.SetEquals(lost) ? null : $"discarded events [{string.Join(",", discarded)}] but lost [{string.Join(",", lost)}]";
    }
}
