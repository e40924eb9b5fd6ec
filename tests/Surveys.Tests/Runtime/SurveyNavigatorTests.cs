using Outreach.Surveys.Model;
using Outreach.Surveys.Runtime;
using Outreach.Surveys.Tests.Support;

namespace Outreach.Surveys.Tests.Runtime;

public sealed class SurveyNavigatorTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly CompiledSurvey Compiled = CompiledSurvey.Compile(Examples.CustomerSatisfaction(), version: 3);

    private static SurveyNavigator Start(int age = 40, string tariff = "Postpaid", decimal balance = 20m) =>
        SurveyNavigator.Start(Compiled, Examples.Subscriber(age, tariff, balance));

    private static void Give(SurveyNavigator navigator, params (string Step, AnswerValue Value)[] answers)
    {
        foreach (var (step, value) in answers)
        {
            var result = navigator.Answer(step, value, At);
            Assert.True(result.Succeeded, result.Error?.Message);
        }
    }

    [Fact]
    public void A_walk_starts_at_the_first_step()
    {
        var navigator = Start();
        Assert.Equal("intro", navigator.CurrentStep.Id);
        Assert.Equal(["intro"], navigator.Path);
        Assert.Empty(navigator.Answers);
    }

    [Theory]
    [InlineData(9, 40, "Postpaid", "offer-family")]
    [InlineData(9, 25, "Postpaid", "thanks")]
    [InlineData(5, 40, "Postpaid", "passive")]
    [InlineData(2, 40, "Prepaid", "detractor")]
    public void The_score_range_and_subscriber_fields_choose_the_branch(long score, int age, string tariff, string expected)
    {
        var navigator = Start(age, tariff, 3m);
        Give(navigator, ("intro", AnswerValue.Acknowledged), ("consent", AnswerValue.Yes), ("score", AnswerValue.Number(score)));
        if (navigator.CurrentStep.Id == "promoter")
        {
            Give(navigator, ("promoter", AnswerValue.Choices("price", "support")));
        }
        Assert.Equal(expected, navigator.CurrentStep.Id);
    }

    [Fact]
    public void A_prepaid_detractor_with_low_balance_hears_the_top_up_offer()
    {
        var navigator = Start(tariff: "Prepaid", balance: 3m);
        Give(navigator, ("intro", AnswerValue.Acknowledged), ("consent", AnswerValue.Yes), ("score", AnswerValue.Number(2)), ("detractor", AnswerValue.Text("Coverage")));
        Assert.Equal("offer-topup", navigator.CurrentStep.Id);
    }

    [Fact]
    public void Every_answer_is_recorded_as_given_with_the_version_and_time()
    {
        var navigator = Start();
        Give(navigator, ("intro", AnswerValue.Acknowledged));
        var result = navigator.Answer("consent", AnswerValue.Yes, At.AddSeconds(5));
        var recorded = Assert.IsType<AnswerRecorded>(Assert.Single(result.Events));
        Assert.Equal(new Answer("customer-satisfaction", 3, "consent", AnswerValue.Yes, At.AddSeconds(5)), recorded.Answer);
    }

    [Fact]
    public void An_answer_for_another_step_is_refused_and_changes_nothing()
    {
        var navigator = Start();
        var before = navigator.Session;
        var result = navigator.Answer("score", AnswerValue.Number(5), At);
        Assert.Equal(NavigationErrorCode.NotCurrentStep, result.Error!.Code);
        Assert.Equal("Step 'score' is not the current step 'intro'", result.Error.Message);
        Assert.Same(before, navigator.Session);
    }

    [Theory]
    [InlineData("score", "11", "11 is outside 1–10 for step 'score'")]
    [InlineData("consent", "maybe", "'maybe' is not an option of step 'consent'")]
    [InlineData("consent", "yes,no", "Step 'consent' takes exactly one option, not 2")]
    public void Answers_that_do_not_suit_the_step_are_refused(string step, string raw, string message)
    {
        var navigator = Start();
        Give(navigator, ("intro", AnswerValue.Acknowledged));
        if (step == "score")
        {
            Give(navigator, ("consent", AnswerValue.Yes));
        }
        var value = AnswerValue.Parse(Compiled.Step(step).Kind, raw, out _)!;
        var result = navigator.Answer(step, value, At);
        Assert.Equal(NavigationErrorCode.InvalidAnswer, result.Error!.Code);
        Assert.Equal(message, result.Error.Message);
    }

    [Fact]
    public void Back_shows_the_previous_step_with_its_answer_and_discards_nothing()
    {
        var navigator = Start();
        Give(navigator, ("intro", AnswerValue.Acknowledged), ("consent", AnswerValue.Yes));
        var result = navigator.Back();
        Assert.Empty(result.Events);
        Assert.Equal("consent", navigator.CurrentStep.Id);
        Assert.Equal(AnswerValue.Yes, navigator.Answers["consent"].Value);
        Assert.Equal(["intro", "consent", "score"], navigator.Path);
    }

    [Fact]
    public void Answering_the_same_after_back_moves_on_and_keeps_later_answers()
    {
        var navigator = Start();
        Give(navigator, ("intro", AnswerValue.Acknowledged), ("consent", AnswerValue.Yes), ("score", AnswerValue.Number(9)));
        navigator.Back();
        navigator.Back();
        var result = navigator.Answer("consent", AnswerValue.Yes, At);
        Assert.Empty(result.Events);
        Assert.Equal("score", navigator.CurrentStep.Id);
        Assert.Equal(4, navigator.Path.Count);
    }

    [Fact]
    public void Changing_an_answer_after_back_discards_the_answers_that_no_longer_apply()
    {
        var navigator = Start();
        Give(navigator, ("intro", AnswerValue.Acknowledged), ("consent", AnswerValue.Yes), ("score", AnswerValue.Number(9)), ("promoter", AnswerValue.Choice("price")));
        navigator.Back();
        navigator.Back();
        navigator.Back();
        var result = navigator.Answer("consent", AnswerValue.No, At);
        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(["consent", "score", "promoter"], result.Events.Select(Describe));
        Assert.Equal(["intro", "consent", "bye-busy"], navigator.Path);
        Assert.Equal("bye-busy", navigator.CurrentStep.Id);
    }

    [Fact]
    public void Change_answer_recomputes_the_path_and_goes_to_its_frontier()
    {
        var navigator = Start();
        Give(navigator, ("intro", AnswerValue.Acknowledged), ("consent", AnswerValue.Yes), ("score", AnswerValue.Number(9)), ("promoter", AnswerValue.Choice("price")));
        var result = navigator.ChangeAnswer("score", AnswerValue.Number(2), At);
        Assert.True(result.Succeeded);
        Assert.Equal(["score", "promoter"], result.Events.Select(Describe));
        Assert.IsType<AnswerDiscarded>(result.Events[1]);
        Assert.Equal(["intro", "consent", "score", "detractor"], navigator.Path);
        Assert.Equal("detractor", navigator.CurrentStep.Id);
        Assert.DoesNotContain("promoter", navigator.Answers.Keys);
    }

    [Fact]
    public void Only_answered_steps_can_be_changed() =>
        Assert.Equal("Step 'score' has no answer on the current path to change",
            Start().ChangeAnswer("score", AnswerValue.Number(2), At).Error!.Message);

    [Fact]
    public void Back_at_the_first_step_is_refused() =>
        Assert.Equal(NavigationErrorCode.AtFirstStep, Start().Back().Error!.Code);

    [Fact]
    public void Cancel_keeps_the_answers_and_closes_the_session()
    {
        var navigator = Start();
        Give(navigator, ("intro", AnswerValue.Acknowledged), ("consent", AnswerValue.Yes));
        var result = navigator.Cancel(At);
        Assert.Equal(new SurveyCancelled("customer-satisfaction", 3, "score", At), Assert.Single(result.Events));
        Assert.Equal(SessionStatus.Cancelled, navigator.Session.Status);
        Assert.Equal(2, navigator.Answers.Count);
        Assert.Equal(NavigationErrorCode.SessionClosed, navigator.Answer("score", AnswerValue.Number(3), At).Error!.Code);
    }

    [Fact]
    public void Finish_is_refused_before_an_end_step()
    {
        var result = Start().Finish(At);
        Assert.Equal("Step 'intro' is not an end step; answer on to an end step, or cancel", result.Error!.Message);
    }

    [Fact]
    public void Finish_at_a_say_end_step_acknowledges_it_and_completes()
    {
        var navigator = Start();
        Give(navigator, ("intro", AnswerValue.Acknowledged), ("consent", AnswerValue.No));
        var result = navigator.Finish(At);
        Assert.Equal(["bye-busy", "completed"], result.Events.Select(Describe));
        Assert.Equal(SessionStatus.Completed, navigator.Session.Status);
    }

    [Fact]
    public void Restoring_saved_answers_rebuilds_the_walk_after_a_dropped_call()
    {
        var first = Start();
        Give(first, ("intro", AnswerValue.Acknowledged), ("consent", AnswerValue.Yes), ("score", AnswerValue.Number(5)));
        var stale = new Answer("customer-satisfaction", 3, "promoter", AnswerValue.Choice("price"), At);
        var again = Start();
        var result = again.Restore(first.Answers.Values.Append(stale));
        Assert.Equal(first.Path, again.Path);
        Assert.Equal("passive", again.CurrentStep.Id);
        Assert.Equal(stale, Assert.IsType<AnswerDiscarded>(Assert.Single(result.Events)).Answer);
    }

    [Fact]
    public void Answers_of_another_version_cannot_be_restored()
    {
        var result = Start().Restore([new Answer("customer-satisfaction", 2, "intro", AnswerValue.Acknowledged, At)]);
        Assert.Equal(NavigationErrorCode.VersionMismatch, result.Error!.Code);
    }

    [Fact]
    public void Restore_is_refused_once_the_walk_has_answers()
    {
        var navigator = Start();
        Give(navigator, ("intro", AnswerValue.Acknowledged));
        Assert.Equal(NavigationErrorCode.AlreadyStarted, navigator.Restore([]).Error!.Code);
    }

    [Fact]
    public void A_kept_session_continues_where_it_stood()
    {
        var navigator = Start();
        Give(navigator, ("intro", AnswerValue.Acknowledged));
        var resumed = SurveyNavigator.FromSession(Compiled, Examples.Subscriber(), navigator.Session);
        Assert.Equal("consent", resumed.CurrentStep.Id);
    }

    private static string Describe(SurveyEvent e) => e switch
    {
        AnswerRecorded recorded => recorded.Answer.StepId,
        AnswerDiscarded discarded => discarded.Answer.StepId,
        SurveyCompleted => "completed",
        _ => e.ToString(),
    };
}
