using Outreach.Surveys.Model;
using Outreach.Surveys.Tests.Support;
using Outreach.Surveys.Validation;
using static Outreach.Surveys.Tests.Support.Steps;

namespace Outreach.Surveys.Tests.Validation;

public sealed class SurveyValidatorTests
{
    private static ValidationIssue Only(Survey survey) => Assert.Single(SurveyValidator.Validate(survey));

    private static void Reports(Survey survey, ValidationCode code, string message)
    {
        var issues = SurveyValidator.Validate(survey);
        Assert.Contains(issues, issue => issue.Code == code && issue.Message == message);
    }

    [Fact]
    public void The_sample_survey_is_valid() =>
        Assert.Empty(SurveyValidator.Validate(Examples.CustomerSatisfaction()));

    [Fact]
    public void An_unreachable_step_is_reported()
    {
        var issue = Only(Survey(Say("a", Go("end")), End("end"), Say("lost", Go("end"))));
        Assert.Equal(new ValidationIssue(ValidationCode.Unreachable, "lost", "Step 'lost' is unreachable: no path from the first step 'a' leads to it"), issue);
    }

    [Fact]
    public void A_loop_with_no_way_out_is_a_dead_end_and_a_cycle()
    {
        var survey = Survey(YesNo("a", Transition.ForOption("yes", "b"), Transition.ForOption("no", "end")), Say("b", Go("c")), Say("c", Go("b")), End("end"));
        Reports(survey, ValidationCode.DeadEnd, "Step 'b' is a dead end: no path from it reaches an end step");
        Reports(survey, ValidationCode.DeadEnd, "Step 'c' is a dead end: no path from it reaches an end step");
        Reports(survey, ValidationCode.Cycle, "Steps form a cycle: b -> c -> b");
    }

    [Fact]
    public void A_cycle_that_can_still_reach_an_end_is_reported()
    {
        var survey = Survey(YesNo("a", Transition.ForOption("yes", "b"), Transition.ForOption("no", "end")), Say("b", Go("a")), End("end"));
        Assert.Equal("Steps form a cycle: a -> b -> a", Only(survey).Message);
    }

    [Fact]
    public void Overlapping_ranges_are_reported_with_the_numbers_they_share() =>
        Assert.Equal("Ranges 1–5 and 4–7 of step 'score' overlap at 4–5", Only(Survey(
            Number("score", 1, 10, Transition.ForRange(1, 5, "end"), Transition.ForRange(4, 7, "end"), Transition.ForRange(8, 10, "end")),
            End("end"))).Message);

    [Fact]
    public void Ranges_that_leave_gaps_without_a_default_are_reported()
    {
        var survey = Survey(Number("score", 1, 10, Transition.ForRange(2, 3, "end"), Transition.ForRange(8, 9, "end")), End("end"));
        var messages = SurveyValidator.Validate(survey).Select(issue => issue.Message).ToList();
        Assert.Equal(
        [
            "Step 'score' has no transition for 1 (within 1–10) and no default",
            "Step 'score' has no transition for 4–7 (within 1–10) and no default",
            "Step 'score' has no transition for 10 (within 1–10) and no default",
        ], messages);
    }

    [Fact]
    public void A_default_catches_the_numbers_no_range_covers() =>
        Assert.Empty(SurveyValidator.Validate(Survey(Number("score", 1, 10, Transition.ForRange(1, 3, "end"), Go("end")), End("end"))));

    [Fact]
    public void A_range_outside_the_step_bounds_is_reported() =>
        Reports(Survey(Number("score", 1, 10, Transition.ForRange(0, 10, "end")), End("end")),
            ValidationCode.RangeOutOfBounds, "Range 0–10 of step 'score' is not a range within the step's 1–10");

    [Fact]
    public void A_transition_to_a_missing_step_is_reported() =>
        Assert.Equal("Step 'a' has a transition to missing step 'nowhere'",
            Only(Survey(YesNo("a", Transition.ForOption("yes", "end"), Transition.ForOption("no", "nowhere")), End("end"))).Message);

    [Fact]
    public void A_choice_question_with_an_empty_option_list_is_reported() =>
        Reports(Survey(Choice("pick", [], Go("end")), End("end")),
            ValidationCode.EmptyOptions, "Step 'pick' is a single choice question with an empty option list");

    [Fact]
    public void Options_without_a_transition_or_default_are_reported() =>
        Assert.Equal("Option 'c' of step 'pick' has no transition and the step has no default",
            Only(Survey(Choice("pick", ["a", "b", "c"], Transition.ForOption("a", "end"), Transition.ForOption("b", "end")), End("end"))).Message);

    [Fact]
    public void A_transition_on_an_option_the_step_lacks_is_reported() =>
        Reports(Survey(Choice("pick", ["a"], Transition.ForOption("a", "end"), Transition.ForOption("z", "end")), End("end")),
            ValidationCode.UnknownOption, "Step 'pick' has a transition on option 'z', which is not one of its options");

    [Fact]
    public void Only_conditional_transitions_without_a_default_are_reported() =>
        Assert.Equal("Step 'why' has only conditional transitions and no default: when none holds, the walk has nowhere to go",
            Only(Survey(Text("why", Transition.ForCondition("age > 30", "end")), End("end"))).Message);

    [Fact]
    public void Conditions_that_do_not_parse_or_name_unknown_fields_are_reported()
    {
        var survey = Survey(Text("why", Transition.ForCondition("age >", "end"), Transition.ForCondition("shoe_size > 40", "end"), Go("end")), End("end"));
        Reports(survey, ValidationCode.InvalidCondition,
            "Step 'why': condition \"age >\" is invalid: Expected a field name, answer('step'), a number or a quoted text at position 5 but found the end");
        Reports(survey, ValidationCode.UnknownField, "Step 'why': condition \"shoe_size > 40\" uses unknown field 'shoe_size'");
    }

    [Fact]
    public void A_condition_may_read_only_answers_that_come_before()
    {
        var survey = Survey(
            Say("intro", Transition.ForCondition("answer('later') = 'x'", "later"), Transition.ForCondition("answer('ghost') = 1", "later"), Go("later")),
            Text("later", Transition.ForCondition("answer('intro') = 'x'", "end"), Transition.ForCondition("answer('later') = 'ok'", "end"), Go("end")),
            End("end"));
        Reports(survey, ValidationCode.InvalidAnswerReference, "Step 'intro': condition \"answer('later') = 'x'\" reads answer('later'), but 'later' never comes before 'intro'");
        Reports(survey, ValidationCode.InvalidAnswerReference, "Step 'intro': condition \"answer('ghost') = 1\" reads answer('ghost'), but there is no step 'ghost'");
        Reports(survey, ValidationCode.InvalidAnswerReference, "Step 'later': condition \"answer('intro') = 'x'\" reads answer('intro'), but 'intro' is a say-this step with no answer");
        Assert.Equal(3, SurveyValidator.Validate(survey).Count);
    }

    [Fact]
    public void Texts_with_unknown_fields_are_reported() =>
        Assert.Equal("Step 'hi' text uses unknown field {Tarif}",
            Only(Survey(Say("hi", Go("end")) with { Text = "Your {Tarif} plan" }, End("end"))).Message);

    [Fact]
    public void Custom_fields_can_be_allowed()
    {
        var survey = Survey(Text("why", Transition.ForCondition("shoe_size > 40", "end"), Go("end")), End("end"));
        var options = new ValidationOptions { KnownFields = new HashSet<string>(["shoe_size"], StringComparer.OrdinalIgnoreCase) };
        Assert.Empty(SurveyValidator.Validate(survey, options));
    }

    [Fact]
    public void Survey_level_problems_are_reported()
    {
        Reports(Survey(Say("a", Go("a"))) with { FirstStepId = "zz" }, ValidationCode.MissingFirstStep, "The first step 'zz' is not a step of the survey");
        Reports(Survey(Say("a", Go("b")), Say("b", Go("a"))), ValidationCode.NoEndStep, "The survey has no end step: mark at least one step as an end");
        Reports(Survey(Say("a", Go("end")), End("end"), End("end")), ValidationCode.DuplicateId, "Step id 'end' is used by more than one step");
        Reports(Survey(Say("a b", Go("end")), End("end")), ValidationCode.InvalidId, "Step id 'a b' is not a valid id: use 1 to 64 letters, digits, '_', '-' or '.'");
        Assert.Equal("The survey has no steps", Only(Survey(End("x")) with { Steps = [] }).Message);
    }

    [Fact]
    public void More_steps_than_the_limit_is_reported_with_the_limit()
    {
        var steps = Enumerable.Range(0, 2_001).Select(i => End($"s{i}")).ToArray();
        Assert.Equal("The survey has 2,001 steps; the limit is 2,000 steps per survey", Only(Survey(steps)).Message);
    }

    [Fact]
    public void End_steps_take_no_transitions_and_other_steps_need_one()
    {
        var survey = Survey(Say("a"), End("end") with { Transitions = [Go("a")] });
        Reports(survey, ValidationCode.NoTransitions, "Step 'a' has no transitions and is not an end step");
        Reports(survey, ValidationCode.EndStepHasTransitions, "End step 'end' has transitions; an end step closes the survey");
    }

    [Fact]
    public void Transitions_must_suit_the_step_kind()
    {
        var survey = Survey(Text("t", Transition.ForRange(1, 3, "end"), Transition.ForOption("yes", "end"), Go("end"), Go("end")), End("end"));
        Reports(survey, ValidationCode.TransitionMismatch, "Step 't' is a text step and cannot branch on the range 1–3");
        Reports(survey, ValidationCode.TransitionMismatch, "Step 't' is a text step and cannot branch on option 'yes'");
        Reports(survey, ValidationCode.TransitionMismatch, "Step 't' has more than one default transition");
    }

    [Fact]
    public void A_number_step_needs_bounds() =>
        Reports(Survey(new Step { Id = "n", Kind = StepKind.Number, Transitions = [Go("end")] }, End("end")),
            ValidationCode.InvalidNumberRange, "Number step 'n' needs a min and a max with min <= max (has none..none)");

    [Fact]
    public void Options_on_a_step_that_takes_none_are_reported() =>
        Assert.Equal("Step 'c' is a yes/no step and takes no option list (its options are always yes and no)",
            Only(Survey(YesNo("c", Go("end")) with { Options = [new StepOption("maybe", "Maybe")] }, End("end"))).Message);
}
