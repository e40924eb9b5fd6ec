using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Outreach.Campaigns.GrainStorage;
using Outreach.Dialer.Engine;
using Outreach.Telephony;
using Outreach.Telephony.Simulated;

namespace Outreach.Cli.LoadTest;

/// <summary>A silo of its own for the load test: the real engine on the database, the simulated network on real time.</summary>
internal static class LoadTestSilo
{
    public static IHost Build(string connectionString, LoadTestOptions options)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().AddFilter(level => level >= LogLevel.Warning);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Engine:ResumeRunningCampaigns"] = "false",
            ["Engine:BotWrapUpSecondsMin"] = (options.WrapSeconds * 2 / 3).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Engine:BotWrapUpSecondsMax"] = (options.WrapSeconds * 4 / 3).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.Services.AddSingleton(NpgsqlDataSource.Create(connectionString));
        builder.Services.AddSingleton<ICallNetwork>(sp => new SimulatedCallNetwork(Scenario(options), TimeProvider.System, new Random(7)));
        builder.Services.AddOutreachEngine(builder.Configuration);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(FreePort(), FreePort(), serviceId: "outreach-loadtest", clusterId: "loadtest-" + Guid.NewGuid().ToString("N")[..8]);
            silo.Services.AddPostgresGrainStorage(EngineStorage.Name);
        });
        return builder.Build();
    }

    /// <summary>The short call profile: the given human share and talk time; the rest machines, busy, no answer and bad numbers.</summary>
    public static SimulatedNetworkScenario Scenario(LoadTestOptions o) => new()
    {
        HumanProbability = o.HumanRate,
        MachineProbability = 0.1,
        BusyProbability = 0.15,
        InvalidProbability = 0.05,
        NoAnswerProbability = Math.Max(0, 1 - o.HumanRate - 0.1 - 0.15 - 0.05 - 0.05),
        RingTime = new(2, 8),
        ClassificationTime = new(1, 2),
        TalkTime = new(o.TalkSeconds * 0.8, o.TalkSeconds * 1.2),
        NoAnswerTimeoutSeconds = 20,
    };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
