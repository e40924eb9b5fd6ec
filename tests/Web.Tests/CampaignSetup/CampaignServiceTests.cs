using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Outreach.Campaigns.Audit;
using Outreach.Campaigns.Dialling;
using Outreach.Campaigns.Import;
using Outreach.Campaigns.Surveys;
using Outreach.Campaigns.Targeting;
using Outreach.Campaigns.Users;
using Outreach.Segmentation.Rules;
using Outreach.TestSupport;
using Outreach.Web.CampaignSetup;
using Outreach.Web.Targeting;

namespace Outreach.Web.Tests.CampaignSetup;

public sealed class CampaignServiceTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private CampaignActor _marketer = default!;
    private long _segment;

    private CampaignService Service => new(new CampaignRepository(db.DataSource), new ContactListRepository(db.DataSource),
        new SegmentRepository(db.DataSource), new SurveyRepository(db.DataSource), new DepartmentRepository(db.DataSource),
        new AuditLog(db.DataSource), new FixedClock(Now), NullLogger<CampaignService>.Instance,
        Microsoft.Extensions.Options.Options.Create(new CampaignDefaultsOptions { ScheduleTimeZone = "Europe/Paris" }));

    private CampaignTargeting Targeting => new(new SegmentRepository(db.DataSource), new SegmentService(new SegmentRepository(db.DataSource), new Outreach.Campaigns.Audit.AuditLog(db.DataSource), Microsoft.Extensions.Logging.Abstractions.NullLogger<SegmentService>.Instance),
        new TargetingListRepository(db.DataSource), new AuditLog(db.DataSource));

    public async ValueTask InitializeAsync()
    {
        var importer = new SubscriberImporter(db.DataSource, new ImportMappingRepository(db.DataSource), new AuditLog(db.DataSource),
            NullLogger<SubscriberImporter>.Instance);
        const string csv = """
            external_id,phone,first_name,tariff
            A,2125550101,Ann,Smart
            B,2125550102,Bo,Smart
            C,2125550103,Cy,Basic
            """;
        await importer.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "seed.csv", new ImportRequest { Source = "seed", Actor = "test" }, null, Ct);
        var departments = new DepartmentRepository(db.DataSource);
        var sales = await departments.CreateAsync("Sales " + Guid.NewGuid().ToString("N")[..6], Ct);
        _marketer = new CampaignActor("mark", null, sales, false);
        // Saved as the segment page saves it: a group, whose JSON keys jsonb reorders.
        var name = "Smart " + Guid.NewGuid().ToString("N")[..6];
        Assert.True((await new SegmentService(new SegmentRepository(db.DataSource), new Outreach.Campaigns.Audit.AuditLog(db.DataSource), Microsoft.Extensions.Logging.Abstractions.NullLogger<SegmentService>.Instance).CreateAsync(name, RuleGroup.AllOf(RuleCondition.Of("tariff", "=", "Smart")), "test", Ct)).Ok);
        _segment = (await new SegmentRepository(db.DataSource).ListAsync(Ct)).Single(s => s.Name == name).Id;
        await using var c = await db.DataSource.OpenConnectionAsync(Ct);
        await c.ExecuteAsync("insert into dnc (phone, added_by) values ('+12125550102', 'test') on conflict do nothing");
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private CampaignForm Complete() => new()
    {
        Name = "Spring", Goal = "Sell the bundle", DepartmentId = _marketer.DepartmentId, SegmentId = _segment, CallerId = "+12125550100",
        ScheduledStart = Now.AddDays(2), ScheduledEnd = Now.AddDays(9), ScheduleTimeZone = "Europe/Lisbon", Jurisdiction = "uk", DialingMode = "power", PowerRatio = 2.5,
        TargetAbandonRate = 0.0200m, RecentContactDays = 14, ContactPriority = 80, MaxAttemptsPerContact = 4,
        RetryRules = [new RetryRuleForm { Cause = "busy", DelayMinutes = 20, MaxRetries = 2 }],
        Templates = [new TemplateForm { Channel = "voice", Body = "Hello {first_name}" }], WizardStep = 3,
    };

    [Fact]
    public async Task A_saved_draft_reads_back_as_it_was_written_and_keeps_the_engines_settings()
    {
        var created = await Service.CreateAsync(new CampaignForm { Name = "Spring" }, _marketer, Ct);
        var id = created.Id!.Value;
        var campaigns = new CampaignRepository(db.DataSource);
        await campaigns.SaveSettingsAsync(id, new CampaignSettings { MachineAction = "leave_message" }, Ct);
        var form = Complete();

        Assert.True((await Service.SaveAsync(id, form, _marketer, Ct)).Succeeded);

        var view = await Service.GetAsync(id, _marketer, Ct);
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Assert.Equal(JsonSerializer.Serialize(form, options), JsonSerializer.Serialize(view!.Form, options));
        Assert.Equal(CampaignStatus.Draft, view.Status);
        var settings = await campaigns.GetSettingsAsync(id, Ct);
        Assert.Equal(("leave_message", 2.5, "uk", 14), (settings!.MachineAction, settings.PowerRatio, settings.Jurisdiction, settings.RecentContactDays));
        Assert.Equal(new RetryRuleSetting("busy", 20, 2), Assert.Single(settings.RetryRules));
        var listed = (await campaigns.PageAsync(null, 1, 500, Ct)).Items.Single(c => c.Id == id);
        Assert.Equal("Europe/Lisbon", listed.ScheduleTimeZone);
    }

    [Fact]
    public void A_new_campaign_schedules_in_the_operators_zone()
    {
        var form = Service.NewForm(_marketer);
        Assert.Equal("Europe/Paris", form.ScheduleTimeZone);
        Assert.Equal(_marketer.DepartmentId, form.DepartmentId);
    }

    [Fact]
    public async Task Wrong_values_are_refused_naming_each_field_and_nothing_is_stored()
    {
        var form = new CampaignForm { Name = " ", Channel = "fax", CallerId = "12", TargetAbandonRate = 0.05m };
        var result = await Service.CreateAsync(form, _marketer, Ct);
        Assert.Equal(["name", "channel", "targetAbandonRate"], result.Errors.Select(e => e.Field));
        var other = await Service.CreateAsync(new CampaignForm { Name = "Elsewhere", DepartmentId = -5 }, _marketer, Ct);
        Assert.Equal(["departmentId"], other.Errors.Select(e => e.Field));
        await using var c = await db.DataSource.OpenConnectionAsync(Ct);
        Assert.Equal(0, await c.ExecuteScalarAsync<int>("select count(*) from campaigns where name in (' ', 'Elsewhere')"));
    }

    [Fact]
    public async Task Scheduling_needs_every_step_then_moves_draft_to_scheduled_once_and_is_audited()
    {
        var id = (await Service.CreateAsync(new CampaignForm { Name = "Autumn" }, _marketer, Ct)).Id!.Value;
        var early = await Service.ScheduleAsync(id, _marketer, Ct);
        Assert.Contains("scheduledStart", early.Errors.Select(e => e.Field));
        Assert.Contains("contactList", early.Errors.Select(e => e.Field));

        var form = Complete();
        Assert.True((await Service.SaveAsync(id, form, _marketer, Ct)).Succeeded);
        var (list, error) = await Targeting.FreezeAsync(id, _segment, new ListOrder(form.RecentContactDays, null, form.ContactPriority), "mark", Ct);
        Assert.Null(error);
        Assert.Equal(1, list!.Size);

        Assert.True((await Service.ScheduleAsync(id, _marketer, Ct)).Succeeded);
        Assert.Equal(CampaignRefusal.NotDraft, (await Service.ScheduleAsync(id, _marketer, Ct)).Refusal);
        Assert.Equal(CampaignRefusal.NotDraft, (await Service.SaveAsync(id, form, _marketer, Ct)).Refusal);
        Assert.Equal(CampaignStatus.Scheduled, (await Service.GetAsync(id, _marketer, Ct))!.Status);
        var audit = await new AuditLog(db.DataSource).RecentAsync(50, "campaign", Ct);
        var scheduled = Assert.Single(audit, a => a.Action == "campaign.schedule" && a.EntityId == id.ToString());
        Assert.Equal("mark", scheduled.Actor);
        Assert.Contains("\"to\": \"scheduled\"", scheduled.Details);
        Assert.Single(audit, a => a.Action == "campaign.freeze_list" && a.EntityId == id.ToString());
    }

    [Fact]
    public async Task The_targeting_list_leaves_out_dnc_and_another_department_sees_nothing()
    {
        var id = (await Service.CreateAsync(new CampaignForm { Name = "Winter" }, _marketer, Ct)).Id!.Value;
        var preview = await Targeting.PreviewAsync(id, _segment, new ListOrder(30), Ct);
        Assert.Equal(1, preview.Count);
        Assert.Equal("Ann", Assert.Single(preview.Rows).FirstName);
        Assert.NotEmpty((await Targeting.PreviewAsync(id, -1, new ListOrder(30), Ct)).Errors);

        var stranger = _marketer with { DepartmentId = _marketer.DepartmentId + 1000 };
        Assert.Null(await Service.GetAsync(id, stranger, Ct));
        Assert.DoesNotContain((await Service.ListAsync(stranger, 1, 50, Ct)).Items, c => c.Id == id);
        Assert.Contains((await Service.ListAsync(_marketer, 1, 50, Ct)).Items, c => c.Id == id);
        Assert.Equal(CampaignRefusal.NotFound, (await Service.DeleteAsync(id, stranger, Ct)).Refusal);
        Assert.True((await Service.DeleteAsync(id, _marketer, Ct)).Succeeded);
    }
}
