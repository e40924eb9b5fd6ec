using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Orleans.Hosting;
using Orleans.TestingHost;
using Outreach.Campaigns.GrainStorage;
using Outreach.Dialer.Engine;
using Outreach.Telephony;
using Outreach.Telephony.Simulated;

namespace Outreach.Dialer.Tests.Engine;

/// <summary>
/// A real in-process Orleans silo with the engine on a real database, and the simulated network and the engine's
/// clock on one virtual clock the test moves. The pacing timer is off: tests tick campaigns by hand.
/// </summary>
public sealed class EngineSilo : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private EngineSilo(TestCluster cluster) => Cluster = cluster;

    public TestCluster Cluster { get; }
    public IGrainFactory Grains => Cluster.GrainFactory;
    public IServiceProvider Services => ((InProcessSiloHandle)Cluster.Primary!).SiloHost.Services;
    public FakeTimeProvider Time => Services.GetRequiredService<FakeTimeProvider>();
    public SimulatedCallNetwork Network => (SimulatedCallNetwork)Services.GetRequiredService<ICallNetwork>();

    /// <summary>
    /// Starts a silo on the database with the named network scenario (see <see cref="Scenario"/>), the clock at
    /// <paramref name="now"/>, and any engine settings to change (e.g. <c>["Engine:PresenceRefreshSeconds"] = "0"</c>).
    /// </summary>
    public static async Task<EngineSilo> StartAsync(string connectionString, string scenario, DateTimeOffset? now = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = new TestClusterBuilder(1);
        builder.Options.ClusterId = "engine-" + Guid.NewGuid().ToString("N")[..8];
        builder.ConfigureHostConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Test:ConnectionString"] = connectionString,
            ["Test:Scenario"] = scenario,
            ["Test:Now"] = (now ?? Start).ToString("O"),
            ["Engine:TickMilliseconds"] = "0",
            ["Engine:ResumeRunningCampaigns"] = "false",
            ["Engine:JournalFlushMilliseconds"] = "5",
        }.Concat(settings ?? new Dictionary<string, string?>())));
        builder.AddSiloBuilderConfigurator<Configurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new EngineSilo(cluster);
    }

    /// <summary>Moves virtual time on in steps (so timers fire in order), waiting for the grains between steps.</summary>
    public async Task AdvanceAsync(TimeSpan by, TimeSpan? step = null)
    {
        var stride = step ?? TimeSpan.FromMilliseconds(500);
        for (var moved = TimeSpan.Zero; moved < by; moved += stride)
        {
            Time.Advance(stride);
            await Task.Delay(20);
        }
    }

    /// <summary>Waits (bounded) until everything the journal holds is in the database.</summary>
    public Task FlushAsync() => Services.GetRequiredService<JournalWriter>().FlushAsync().WaitAsync(TimeSpan.FromSeconds(30));

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }

    /// <summary>Network scenarios by name: every call ends the same way, with fixed times, so tests can reason in seconds.</summary>
    public static SimulatedNetworkScenario Scenario(string name)
    {
        var none = new SimulatedNetworkScenario
        {
            HumanProbability = 0, MachineProbability = 0, BusyProbability = 0, NoAnswerProbability = 0, InvalidProbability = 0,
            RingingAfter = new(0.5, 0.5), RingTime = new(2, 2), ClassificationTime = new(1, 1), TalkTime = new(20, 20),
            UnattendedHangUp = new(10, 10), NoAnswerTimeoutSeconds = 25, FailFastSeconds = 2,
        };
        return name switch
        {
            "human" => none with { HumanProbability = 1 },
            "busy" => none with { BusyProbability = 1 },
            "machine" => none with { MachineProbability = 1 },
            "no_answer" => none with { NoAnswerProbability = 1 },
            _ => none with { HumanProbability = 0.2, MachineProbability = 0.1, BusyProbability = 0.3, NoAnswerProbability = 0.4 },
        };
    }

    private sealed class Configurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            var config = silo.Configuration;
            var time = new FakeTimeProvider(DateTimeOffset.Parse(config["Test:Now"]!, System.Globalization.CultureInfo.InvariantCulture));
            silo.Services.AddSingleton(_ => NpgsqlDataSource.Create(config["Test:ConnectionString"]!));
            silo.Services.AddPostgresGrainStorage(EngineStorage.Name);
            silo.Services.AddSingleton(time);
            silo.Services.AddSingleton(new EngineClock(time));
            silo.Services.AddSingleton<ICallNetwork>(new SimulatedCallNetwork(Scenario(config["Test:Scenario"]!), time, new Random(11)));
            silo.Services.AddOutreachEngine(config);
        }
    }
}
