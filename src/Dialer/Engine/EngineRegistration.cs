using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Outreach.Campaigns.Audit;
using Outreach.Campaigns.Dialling;
using Outreach.Telephony;
using Outreach.Telephony.Simulated;

namespace Outreach.Dialer.Engine;

/// <summary>Registers the live engine's services with a silo's container (web host, CLI, tests).</summary>
public static class EngineRegistration
{
    /// <summary>
    /// The engine's singletons: feed, journal, ledger, metrics, the call event forwarder and, unless one is registered
    /// already, the simulated network on real time (seeded) and the system clock. Needs an NpgsqlDataSource.
    /// </summary>
    public static IServiceCollection AddOutreachEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EngineOptions>().Bind(configuration.GetSection(EngineOptions.Section))
            .Validate(o => System.ComponentModel.DataAnnotations.Validator.TryValidateObject(o, new(o), null, validateAllProperties: true),
                "Engine settings are out of range (see EngineOptions).")
            .Validate(o => o.Network.Problems().Count == 0, "Engine:Network is not a usable simulated network scenario.")
            .ValidateOnStart();
        services.TryAddSingleton(new EngineClock(TimeProvider.System));
        services.TryAddSingleton<ICallNetwork>(sp => SimulatedNetwork(sp));
        services.TryAddSingleton<IEngineFeed, EngineFeed>();
        services.TryAddSingleton<CampaignRepository>();
        services.TryAddSingleton<AttemptRepository>();
        services.TryAddSingleton<Outreach.Campaigns.Users.UserRepository>();
        services.TryAddSingleton<AuditLog>();
        services.TryAddSingleton<HopperRepository>();
        services.TryAddSingleton<DiallingJournal>();
        services.TryAddSingleton<CallLedger>();
        services.TryAddSingleton<EngineMetrics>();
        services.TryAddSingleton<EngineServices>();
        services.TryAddSingleton<JournalWriter>();
        services.TryAddSingleton<BotAgentRepository>();
        services.TryAddSingleton<CampaignComplianceReports>();
        services.TryAddSingleton<Bots.BotTeam>();
        services.AddHostedService<Bots.EngineBots>();
        services.AddHostedService(sp => sp.GetRequiredService<JournalWriter>());
        services.AddHostedService<CallEventForwarder>();
        services.AddHostedService<RunningCampaigns>();
        return services;
    }

    private static SimulatedCallNetwork SimulatedNetwork(IServiceProvider sp)
    {
        var options = sp.GetRequiredService<IOptions<EngineOptions>>().Value;
        var log = sp.GetRequiredService<ILoggerFactory>().CreateLogger("Outreach.Telephony.Simulated");
        return new SimulatedCallNetwork(options.Network, sp.GetRequiredService<EngineClock>().Time, new Random(options.Seed),
            ex => log.LogError(ex, "A call event subscriber failed"));
    }
}
