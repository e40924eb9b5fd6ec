using Outreach.Web.CampaignSetup;

namespace Outreach.Web.Tests.CampaignSetup;

public sealed class CampaignValidatorTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly ValidationFacts Facts = new(Now, [7], ListSize: 10);

    private static CampaignForm Complete() => new()
    {
        Name = "Spring", Goal = "Sell", DepartmentId = 7, SegmentId = 1, CallerId = "+12125550100",
        ScheduledStart = Now.AddDays(1), Templates = [new TemplateForm { Channel = "voice", Body = "Hi {first_name}" }],
    };

    private static IEnumerable<string> Fields(CampaignForm form, bool complete = true, ValidationFacts? facts = null) =>
        CampaignValidator.Validate(form, facts ?? Facts, complete).Select(e => e.Field);

    [Fact]
    public void A_complete_campaign_has_no_problems() => Assert.Empty(Fields(Complete()));

    [Fact]
    public void A_draft_may_leave_steps_blank_but_not_its_name_or_department()
    {
        Assert.Empty(Fields(new CampaignForm { Name = "Draft", DepartmentId = 7 }, complete: false, new ValidationFacts(Now, [7])));
        Assert.Equal(["name", "departmentId"], Fields(new CampaignForm(), complete: false));
    }

    [Theory]
    [InlineData("2125550100")]
    [InlineData("+0125550100")]
    [InlineData("call me")]
    public void A_voice_caller_id_must_be_E164(string callerId)
    {
        var form = Complete();
        form.CallerId = callerId;
        Assert.Equal(["callerId"], Fields(form));
        form.Channel = "sms";
        form.DialingMode = "agentless";
        form.Templates = [new TemplateForm { Channel = "sms", Body = "Hi" }];
        Assert.Empty(Fields(form));
    }

    [Theory]
    [InlineData(0.031, "predictive", 2.0, "targetAbandonRate")]
    [InlineData(0.0, "predictive", 2.0, "targetAbandonRate")]
    [InlineData(0.03, "power", 9.0, "powerRatio")]
    [InlineData(0.03, "agentless", 2.0, "dialingMode")]
    public void Dialling_limits_name_the_field(double abandon, string mode, double ratio, string field)
    {
        var form = Complete();
        (form.TargetAbandonRate, form.DialingMode, form.PowerRatio) = ((decimal)abandon, mode, ratio);
        Assert.Equal([field], Fields(form));
    }

    [Theory]
    [InlineData(0.0, "targetWaitRate")]
    [InlineData(0.6, "targetWaitRate")]
    [InlineData(0.005, null)]
    public void An_optional_wait_goal_is_a_share_above_zero_and_at_most_half(double wait, string? field)
    {
        var form = Complete();
        form.TargetWaitRate = (decimal)wait;
        Assert.Equal(field is null ? [] : [field], Fields(form));
        form.TargetWaitRate = null;
        Assert.Empty(Fields(form));
    }

    [Fact]
    public void Calling_hours_must_fit_the_jurisdiction_and_the_UK_keeps_abandoned_numbers_quiet_for_72_hours()
    {
        var form = Complete();
        form.CallingHoursFrom = new TimeOnly(7, 0);
        Assert.Equal(["callingHoursFrom"], Fields(form));
        form.CallingHoursFrom = new TimeOnly(9, 0);
        form.Jurisdiction = "uk";
        form.RetryRules.Single(r => r.Cause == "abandoned").DelayMinutes = 60;
        Assert.Equal(["retryRules[4].delayMinutes"], Fields(form));
    }

    [Fact]
    public void Schedule_needs_a_future_start_a_later_end_and_a_frozen_non_empty_list()
    {
        var form = Complete();
        form.ScheduledStart = Now.AddMinutes(-1);
        form.ScheduledEnd = Now.AddMinutes(-2);
        Assert.Equal(["contactList", "scheduledStart", "scheduledEnd"], Fields(form, facts: Facts with { ListSize = 0 }));
        Assert.Equal(["contactList"], Fields(Complete(), facts: Facts with { ListSize = null }));
    }

    [Theory]
    [InlineData("Europe/London", null)]
    [InlineData("UTC", null)]
    [InlineData("Mars/Olympus", "scheduleTimeZone")]
    [InlineData("", "scheduleTimeZone")]
    public void The_schedule_zone_is_an_IANA_zone(string zone, string? field)
    {
        var form = Complete();
        form.ScheduleTimeZone = zone;
        Assert.Equal(field is null ? [] : [field], Fields(form));
    }

    [Fact]
    public void Templates_report_unknown_fields_and_messages_need_one()
    {
        var form = Complete();
        form.Templates[0].Body = "Hi {first_name}, your {tarif} plan";
        var error = Assert.Single(CampaignValidator.Validate(form, Facts, complete: true));
        Assert.Equal(("templates[0].body", WizardStep.Messages), (error.Field, error.Step));
        Assert.Contains("{tarif}", error.Message);
        form.Channel = "email";
        form.DialingMode = "agentless";
        Assert.Contains("templates", Fields(form));
    }

    [Fact]
    public void A_survey_is_pinned_to_a_published_version_and_the_department_is_the_marketers_own()
    {
        var form = Complete();
        form.SurveyId = "csat";
        form.SurveyVersion = 2;
        Assert.Equal(["surveyVersion"], Fields(form, facts: Facts with { PublishedVersions = new HashSet<int> { 1 } }));
        Assert.Equal(["surveyId"], Fields(form, facts: Facts with { PublishedVersions = null }));
        form.SurveyId = null;
        form.DepartmentId = 8;
        Assert.Equal(["departmentId"], Fields(form));
    }

    [Fact]
    public void The_steps_are_checked_one_at_a_time()
    {
        var form = new CampaignForm { Name = "Spring", Goal = "Sell", DepartmentId = 7 };
        Assert.Empty(CampaignValidator.ValidateStep(form, Facts with { ListSize = null }, WizardStep.Basics));
        Assert.Equal(["segmentId", "contactList"],
            CampaignValidator.ValidateStep(form, Facts with { ListSize = null }, WizardStep.TargetList).Select(e => e.Field));
    }
}
