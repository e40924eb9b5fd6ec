using Outreach.Campaigns.Dialling;

namespace Outreach.Web.Engine;

/// <summary>The services behind the agent desktop, the manager dashboard and the engine API.</summary>
public static class EngineUiServices
{
    public static IServiceCollection AddOutreachEngineUi(this IServiceCollection services)
    {
        services.AddSingleton<DispositionRepository>();
        services.AddSingleton<CampaignScriptRepository>();
        services.AddSingleton<AgentDesk>();
        services.AddSingleton<CampaignControl>();
        services.AddSignalR();
        services.AddHostedService<EngineHubRelay>();
        services.AddSingleton<CampaignScheduler>();
        services.AddHostedService<CampaignSchedulerService>();
        return services;
    }
}
