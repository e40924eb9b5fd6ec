using Outreach.Surveys.Model;
using Outreach.Surveys.Runtime;
using Outreach.Surveys.Tests.Support;
using Outreach.Surveys.Versions;

namespace Outreach.Surveys.Tests.Versions;

public sealed class SurveyHistoryTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly Survey Sample = Examples.CustomerSatisfaction();

    [Fact]
    public void A_new_survey_is_draft_one_until_published()
    {
        var history = SurveyHistory.New(Sample, At);
        Assert.Equal(1, history.Draft!.Number);
        var published = history.Publish(At);
        Assert.True(published.Succeeded);
        Assert.Equal((1, Sample.Title, At), (published.Version!.Number, published.Version.Content.Title, published.Version.PublishedAt));
        Assert.Null(history.Draft);
    }

    [Fact]
    public void An_invalid_draft_is_not_published_and_the_issues_say_why()
    {
        var broken = Sample with { FirstStepId = "missing" };
        var history = SurveyHistory.New(broken, At);
        var result = history.Publish(At);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Issues, issue => issue.Message == "The first step 'missing' is not a step of the survey");
        Assert.Empty(history.Versions);
    }

    [Fact]
    public void A_published_version_cannot_change_without_a_new_draft()
    {
        var history = SurveyHistory.New(Sample, At);
        history.Publish(At);
        var result = history.UpdateDraft(Sample with { Title = "Changed" }, At);
        Assert.Equal("Version 1 of survey 'customer-satisfaction' is published and cannot change; edit it to start draft 2", result.Error);
        Assert.Equal("Customer satisfaction (NPS) with tariff follow-up", history.Latest!.Content.Title);
    }

    [Fact]
    public void Editing_a_published_survey_makes_draft_n_plus_one_and_leaves_version_n_as_it_was()
    {
        var history = SurveyHistory.New(Sample, At);
        history.Publish(At);
        var draft = history.Edit(At);
        Assert.Equal((2, 1), (draft.Number, draft.BasedOn!.Value));
        history.UpdateDraft(Sample with { Title = "Version two" }, At);
        history.Publish(At.AddDays(1));
        Assert.Equal(["Customer satisfaction (NPS) with tariff follow-up", "Version two"], history.Versions.Select(v => v.Content.Title));
        Assert.Equal(3, history.Edit(At).Number);
    }

    [Fact]
    public void A_campaign_pins_only_a_published_version()
    {
        var history = SurveyHistory.New(Sample, At);
        Assert.Equal("Survey 'customer-satisfaction' has no published version yet; a campaign can pin only a published version", history.Pin().Error);
        history.Publish(At);
        Assert.Equal(new SurveyPin("customer-satisfaction", 1), history.Pin().Value);
        Assert.False(history.Pin(7).Succeeded);
    }

    [Fact]
    public void Answers_record_the_version_they_answered()
    {
        var history = SurveyHistory.New(Sample, At);
        history.Publish(At);
        history.Edit(At);
        var version = history.Publish(At).Version!;
        var navigator = SurveyNavigator.Start(CompiledSurvey.Compile(version), Examples.Subscriber());
        var recorded = (AnswerRecorded)navigator.Answer("intro", AnswerValue.Acknowledged, At).Events[0];
        Assert.Equal(2, recorded.Answer.Version);
    }

    [Fact]
    public void Loading_a_history_with_broken_numbering_fails_loudly()
    {
        var versions = new[] { new SurveyVersion("customer-satisfaction", 2, Sample, At) };
        Assert.Throws<InvalidOperationException>(() => SurveyHistory.Load("customer-satisfaction", versions, null));
    }

    [Fact]
    public void The_only_draft_of_an_unpublished_survey_cannot_be_discarded()
    {
        var history = SurveyHistory.New(Sample, At);
        Assert.False(history.DiscardDraft());
        history.Publish(At);
        history.Edit(At);
        Assert.True(history.DiscardDraft());
        Assert.Null(history.Draft);
    }

    [Fact]
    public void A_published_version_does_not_change_when_the_lists_it_was_built_from_do()
    {
        var steps = Sample.Steps.ToList();
        var history = SurveyHistory.New(Sample with { Steps = steps }, At);
        var version = history.Publish(At).Version!;
        steps.Clear();
        Assert.Equal(Sample.Steps.Count, version.Content.Steps.Count);
        Assert.Throws<NotSupportedException>(() => ((IList<Step>)version.Content.Steps).Clear());
    }
}
