using Outreach.TestSupport;

namespace Outreach.Web.Tests.Targeting.Analysis;

/// <summary>A test class over a planted base of <see cref="Subscribers"/> subscribers in its own database, seeded once.</summary>
public abstract class PlantedBaseTests(DatabaseFixture db, bool uaRoaming, bool outcomes) : IAsyncLifetime
{
    protected const int Subscribers = 900;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected DatabaseFixture Db => db;

    public async ValueTask InitializeAsync() => await PlantedBase.SeedAsync(db.DataSource, Subscribers, uaRoaming, outcomes, Ct);

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
