using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans;
using Orleans.Hosting;
using Orleans.Storage;
using Orleans.TestingHost;
using Outreach.Campaigns.GrainStorage;
using Outreach.TestSupport;

namespace Outreach.Campaigns.Tests.GrainStorage;

/// <summary>The PostgreSQL grain storage under a real (in-process) Orleans cluster and a real database.</summary>
public sealed class StorageTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    public const string ProviderName = "outreach";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            var cs = silo.Configuration["Test:ConnectionString"]!;
            silo.Services.AddSingleton(_ => NpgsqlDataSource.Create(cs));
            silo.Services.AddPostgresGrainStorage(ProviderName);
        }
    }

    private async Task<TestCluster> StartClusterAsync()
    {
        var builder = new TestClusterBuilder(1);
        builder.ConfigureHostConfiguration(c => c.AddInMemoryCollection(
            new Dictionary<string, string?> { ["Test:ConnectionString"] = db.ConnectionString }));
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    private static IGrainStorage SiloStorage(TestCluster cluster) =>
        ((InProcessSiloHandle)cluster.Primary).SiloHost.Services.GetRequiredKeyedService<IGrainStorage>(ProviderName);

    [Fact]
    public async Task A_written_state_is_read_back_by_a_new_activation()
    {
        await using var cluster = await StartClusterAsync();
        var grain = cluster.GrainFactory.GetGrain<ICounterGrain>("a");
        await grain.SetAsync(42);
        await grain.DeactivateAsync();
        await Task.Delay(200, Ct);
        Assert.Equal(42, await cluster.GrainFactory.GetGrain<ICounterGrain>("a").GetAsync());
    }

    [Fact]
    public async Task State_survives_a_silo_restart()
    {
        await using (var first = await StartClusterAsync())
            await first.GrainFactory.GetGrain<ICounterGrain>("restart").SetAsync(7);

        await using var second = await StartClusterAsync();
        Assert.Equal(7, await second.GrainFactory.GetGrain<ICounterGrain>("restart").GetAsync());
    }

    [Fact]
    public async Task A_write_over_a_change_made_elsewhere_is_rejected()
    {
        await using var cluster = await StartClusterAsync();
        var grain = cluster.GrainFactory.GetGrain<ICounterGrain>("conflict");
        await grain.SetAsync(1);
        await using (var c = await db.DataSource.OpenConnectionAsync(Ct))
            await c.ExecuteAsync("update grain_state set etag = 'changed-by-someone-else' where grain_id = 'conflict'");

        await Assert.ThrowsAsync<InconsistentStateException>(() => grain.SetAsync(2));
        await using var check = await db.DataSource.OpenConnectionAsync(Ct);
        Assert.Equal("changed-by-someone-else",
            await check.ExecuteScalarAsync<string>("select etag from grain_state where grain_id = 'conflict'"));
    }

    [Fact]
    public async Task Two_writers_from_the_same_version_cannot_both_win()
    {
        await using var cluster = await StartClusterAsync();
        var storage = SiloStorage(cluster);
        var id = Orleans.Runtime.GrainId.Create("counter", "raw");
        var first = new GrainState<CounterState>(new CounterState());
        await storage.WriteStateAsync("counter", id, first);
        var a = new GrainState<CounterState>(new CounterState());
        var b = new GrainState<CounterState>(new CounterState());
        await storage.ReadStateAsync("counter", id, a);
        await storage.ReadStateAsync("counter", id, b);

        a.State.Value = 10;
        await storage.WriteStateAsync("counter", id, a);
        b.State.Value = 20;
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("counter", id, b));

        var read = new GrainState<CounterState>(new CounterState());
        await storage.ReadStateAsync("counter", id, read);
        Assert.Equal(10, read.State.Value);
        Assert.True(read.RecordExists);
    }

    [Fact]
    public async Task Two_first_writes_of_a_new_grain_cannot_both_win()
    {
        await using var cluster = await StartClusterAsync();
        var storage = SiloStorage(cluster);
        var id = Orleans.Runtime.GrainId.Create("counter", "new-twice");
        await storage.WriteStateAsync("counter", id, new GrainState<CounterState>(new CounterState { Value = 1 }));
        await Assert.ThrowsAsync<InconsistentStateException>(() =>
            storage.WriteStateAsync("counter", id, new GrainState<CounterState>(new CounterState { Value = 2 })));
    }

    [Fact]
    public async Task Cleared_state_reads_as_new()
    {
        await using var cluster = await StartClusterAsync();
        var grain = cluster.GrainFactory.GetGrain<ICounterGrain>("clear");
        await grain.SetAsync(5);
        await grain.ClearAsync();
        await grain.DeactivateAsync();
        await Task.Delay(200, Ct);
        Assert.Equal(0, await cluster.GrainFactory.GetGrain<ICounterGrain>("clear").GetAsync());
        await using var c = await db.DataSource.OpenConnectionAsync(Ct);
        Assert.Equal(0, await c.ExecuteScalarAsync<int>("select count(*) from grain_state where grain_id = 'clear'"));
    }
}
