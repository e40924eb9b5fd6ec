using FsCheck;
using FsCheck.Fluent;
using Outreach.Surveys.Json;
using Outreach.Surveys.Model;
using Outreach.Surveys.Runtime;
using Outreach.Surveys.Tests.Support;
using Outreach.Surveys.Validation;

namespace Outreach.Surveys.Tests.Properties;

public sealed class GeneratedSurveyProperties
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Generated_surveys_have_no_validation_issues() => PropertyCheck.Holds(300, Prop.ForAll(Generators.Shapes, shape =>
        {
            var issues = SurveyValidator.Validate(ValidSurveyBuilder.Build(shape));
            return (issues.Count == 0).Label(string.Join("\n", issues));
        }));

    [Fact]
    public void Every_step_of_a_valid_survey_is_reachable_from_the_first() => PropertyCheck.Holds(300, Prop.ForAll(Generators.Shapes, shape =>
        {
            // Checked by an independent search, not by trusting the validator.
            var survey = ValidSurveyBuilder.Build(shape);
            var seen = new HashSet<string> { survey.FirstStepId };
            var queue = new Queue<string>(seen);
            while (queue.TryDequeue(out var id))
            {
                foreach (var target in survey.FindStep(id)!.Transitions.Select(t => t.Target).Where(seen.Add))
                {
                    queue.Enqueue(target);
                }
            }
            return seen.Count == survey.Steps.Count;
        }));

    [Fact]
    public void Every_walk_with_any_answers_terminates_at_an_end_step() => PropertyCheck.Holds(300, Prop.ForAll(Generators.ShapesWithWalks, input =>
        {
            var survey = ValidSurveyBuilder.Build(input.Shape);
            var genes = new GeneReader(input.Walk);
            var navigator = SurveyNavigator.Start(CompiledSurvey.Compile(survey, 1), AnswerPicker.Profile(genes));
            for (var answered = 0; answered <= survey.Steps.Count; answered++)
            {
                var step = navigator.CurrentStep;
                if (step.IsEnd && step.Kind == StepKind.Say)
                {
                    break;
                }
                var result = navigator.Answer(step.Id, AnswerPicker.Pick(step, genes), At);
                if (!result.Succeeded)
                {
                    return false.Label(result.Error!.Message);
                }
                if (step.IsEnd)
                {
                    break;
                }
            }
            var finished = navigator.Finish(At);
            return (finished.Succeeded && navigator.Session.Status == SessionStatus.Completed)
                .Label(finished.Error?.Message ?? "not completed");
        }));

    [Fact]
    public void Export_then_import_gives_the_same_survey_back() => PropertyCheck.Holds(200, Prop.ForAll(Generators.Shapes, shape =>
        {
            var json = SurveyJson.Export(ValidSurveyBuilder.Build(shape));
            var imported = SurveyJson.Import(json);
            return (imported.IsValid && SurveyJson.Export(imported.Survey!) == json)
                .Label(string.Join("\n", imported.Errors.Select(e => e.ToString()).Concat(imported.Issues.Select(i => i.Message))));
        }));

    [Fact]
    public void A_transition_back_to_an_earlier_step_is_reported_as_a_cycle() => PropertyCheck.Holds(200, Prop.ForAll(Generators.Shapes, shape =>
        {
            var survey = ValidSurveyBuilder.Build(shape);
            var last = survey.Steps.Last(step => !step.IsEnd);
            var looped = last with { Transitions = [.. last.Transitions.Where(t => t.Condition is not Otherwise), Transition.ByDefault(survey.FirstStepId)] };
            var broken = survey with { Steps = survey.Steps.Select(step => step == last ? looped : step).ToList() };
            return SurveyValidator.Validate(broken).Any(issue => issue.Code == ValidationCode.Cycle);
        }));

    [Fact]
    public void A_step_nothing_leads_to_is_reported_as_unreachable() => PropertyCheck.Holds(200, Prop.ForAll(Generators.Shapes, shape =>
        {
            var survey = ValidSurveyBuilder.Build(shape);
            var orphan = Steps.End("orphan");
            var broken = survey with { Steps = [.. survey.Steps, orphan] };
            return SurveyValidator.Validate(broken).Single().Code == ValidationCode.Unreachable;
        }));
}
