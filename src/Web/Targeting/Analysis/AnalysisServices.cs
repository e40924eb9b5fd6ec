using Outreach.Campaigns.Targeting.Analysis;

namespace Outreach.Web.Targeting.Analysis;

/// <summary>ML segments, patterns and propensity from the database, run by one hosted background worker.</summary>
public static class AnalysisServices
{
    public static IServiceCollection AddOutreachAnalysis(this IServiceCollection services)
    {
        services.AddSingleton<AnalysisJobRepository>();
        services.AddSingleton<BehaviourReader>();
        services.AddSingleton<ClusterRepository>();
        services.AddSingleton<PropensityScoreRepository>();
        services.AddSingleton<AnalysisQueue>();
        services.AddSingleton<IAnalysisRun, ClusteringRun>();
        services.AddSingleton<IAnalysisRun, PatternRun>();
        services.AddSingleton<IAnalysisRun, PropensityRun>();
        services.AddHostedService<AnalysisWorker>();
        return services;
    }
}
