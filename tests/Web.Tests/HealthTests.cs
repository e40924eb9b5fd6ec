using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Outreach.Web.Api;
using Outreach.Web.Tests.Support;

namespace Outreach.Web.Tests;

public sealed class HealthTests(OutreachApp app) : IClassFixture<OutreachApp>
{
    [Fact]
    public async Task A_database_that_does_not_answer_makes_health_503_naming_postgres()
    {
        // A real connection attempt to a port where no PostgreSQL listens.
        await using var down = NpgsqlDataSource.Create($"Host=127.0.0.1;Port={OutreachApp.FreePort()};Username=x;Password=x;Timeout=2");
        var result = await HealthEndpoints.CheckAsync(down, app.Services.GetRequiredService<Orleans.IGrainFactory>(),
            NullLoggerFactory.Instance, TestContext.Current.CancellationToken);

        var http = new DefaultHttpContext { RequestServices = app.Services };
        http.Response.Body = new MemoryStream();
        await result.ExecuteAsync(http);
        http.Response.Body.Position = 0;
        var body = await new StreamReader(http.Response.Body).ReadToEndAsync(TestContext.Current.CancellationToken);

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, http.Response.StatusCode);
        Assert.Contains("\"postgres\":\"down", body);
        Assert.Contains("\"orleans\":\"ok\"", body);
    }
}
