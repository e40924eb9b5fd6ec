using Microsoft.Extensions.Options;
using Outreach.Campaigns.GrainStorage;
using Outreach.Dialer.Engine;

namespace Outreach.Web.Hosting;

/// <summary>The Orleans silo co-hosted in the web app, with grain state in PostgreSQL.</summary>
public static class SiloServices
{
    public const string StorageName = "outreach";

    public static WebApplicationBuilder AddOutreachSilo(this WebApplicationBuilder builder)
    {
        var silo = builder.Configuration.GetSection(SiloOptions.Section).Get<SiloOptions>() ?? new SiloOptions();
        builder.Services.AddOptions<SiloOptions>().Bind(builder.Configuration.GetSection(SiloOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.UseOrleans(orleans =>
        {
            orleans.UseLocalhostClustering(silo.SiloPort, silo.GatewayPort, serviceId: "outreach", clusterId: silo.ClusterId);
            orleans.Services.AddPostgresGrainStorage(StorageName);
            orleans.Services.AddPostgresGrainStorage("Default");
        });
        builder.Services.AddOutreachEngine(builder.Configuration);
        builder.Services.AddHostedService<DemoDialling>();
        return builder;
    }
}
