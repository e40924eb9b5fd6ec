using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;
using Outreach.Campaigns.Audit;
using Outreach.Campaigns.Demo;
using Outreach.Campaigns.Dialling;
using Outreach.Campaigns.Import;
using Outreach.Campaigns.Storage;
using Outreach.Campaigns.Subscribers;
using Outreach.Campaigns.Targeting;
using Outreach.Campaigns.Users;
using Outreach.Web.Targeting.Analysis;

namespace Outreach.Web.Hosting;

/// <summary>PostgreSQL, the repositories, migrations and demo data.</summary>
public static class DataServices
{
    public static IServiceCollection AddOutreachData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Database:ConnectionString is empty: set OUTREACH_DB or start through ./run.sh")
            .ValidateOnStart();
        services.AddOptions<DemoOptions>().Bind(configuration.GetSection(DemoOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CampaignSetup.CampaignDefaultsOptions>().Bind(configuration.GetSection(CampaignSetup.CampaignDefaultsOptions.Section))
            .Validate(o => CampaignSetup.WizardTimes.FindZone(o.ScheduleTimeZone) is not null,
                "Campaigns:ScheduleTimeZone is not a time zone: use an IANA name such as Europe/London or UTC")
            .ValidateOnStart();
        services.AddSingleton(sp => NpgsqlDataSource.Create(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString));
        services.AddSingleton<SchemaMigrator>();
        services.AddSingleton<UserRepository>();
        services.AddSingleton<SignInCheck>();
        services.AddSingleton<DepartmentRepository>();
        services.AddSingleton<SubscriberRepository>();
        services.AddSingleton<CampaignRepository>();
        services.AddSingleton<ContactListRepository>();
        services.AddSingleton<AttemptRepository>();
        services.AddSingleton<Outreach.Campaigns.Reports.ReportRepository>();
        services.AddSingleton<DncRepository>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<ImportMappingRepository>();
        services.AddSingleton<SubscriberImporter>();
        services.AddSingleton<SegmentRepository>();
        services.AddSingleton<Targeting.SegmentService>();
        services.AddSingleton<TargetingListRepository>();
        services.AddSingleton<CampaignSetup.CampaignService>();
        services.AddSingleton<CampaignSetup.CampaignTargeting>();
        services.AddOutreachAnalysis();
        services.AddSingleton<DemoDataLoader>();
        services.AddSingleton<Administration.UserAdministration>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<Outreach.Campaigns.Surveys.SurveyRepository>();
        services.AddSingleton<Outreach.Campaigns.Surveys.SurveyAnswerRepository>();
        services.AddSingleton<Outreach.Campaigns.Surveys.SurveyResultsRepository>();
        services.AddSingleton<Outreach.Campaigns.Surveys.SurveyLinkRepository>();
        services.AddSingleton<Surveys.SurveyService>();
        services.AddSingleton<Surveys.SurveyRuntimeService>();
        services.AddSingleton<Surveys.SurveyLinkService>();
        services.AddSingleton<Surveys.SurveyResults>();
        services.AddSingleton<Surveys.SurveyExport>();
        services.AddSingleton<Reports.ReportService>();
        return services;
    }

    /// <summary>Brings the schema up to date and, in demo mode, loads the demo base on first start.</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, CancellationToken ct)
    {
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        await services.GetRequiredService<SchemaMigrator>().MigrateAsync(options.ConnectionString, ct);
        var demo = services.GetRequiredService<IOptions<DemoOptions>>().Value;
        var loader = services.GetRequiredService<DemoDataLoader>();
        if (!demo.Enabled || await loader.IsLoadedAsync(ct)) return;
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("Outreach.Demo");
        log.LogInformation("Loading demo data: {Subscribers} subscribers, seed {Seed}", demo.Subscribers, demo.Seed);
        var progress = new Progress<long>(n => log.LogInformation("Demo subscribers written: {Count}", n));
        await loader.LoadAsync(demo.Subscribers, demo.Seed, progress, ct);
        await Surveys.DemoSurvey.SeedAsync(services, ct);
    }
}
