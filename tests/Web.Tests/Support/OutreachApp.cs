using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Outreach.TestSupport;

namespace Outreach.Web.Tests.Support;

/// <summary>
/// The real web app (silo, database, UI) on a fresh database in demo mode, for a test class.
/// With <see cref="UseKestrel"/> it listens on a real port so a browser can reach it at <see cref="BaseUrl"/>.
/// </summary>
public class OutreachApp : IAsyncLifetime
{
    private Factory? _factory;

    public TestDatabase Database { get; private set; } = default!;
    public WebApplicationFactory<Program> Host => _factory ?? throw new InvalidOperationException("Not started.");
    public string BaseUrl { get; private set; } = "http://localhost";
    public IServiceProvider Services => Host.Services;

    /// <summary>Subscribers generated for the demo base of each test app; small to keep start-up quick.</summary>
    protected virtual int DemoSubscribers => 300;

    /// <summary>Bots of the demo campaign; none by default, so tests see only the calls they make.</summary>
    protected virtual int DemoBots => 0;
    protected virtual bool UseKestrel => false;

    /// <summary>Extra configuration for a test class's app (e.g. the engine's simulated network).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        _factory = new Factory(Database.ConnectionString, DemoSubscribers, DemoBots, Settings);
        if (UseKestrel)
        {
            var port = FreePort();
            _factory.UseKestrel(port);
            _factory.StartServer();
            BaseUrl = $"http://localhost:{port}";
        }
        else
        {
            _ = _factory.Server;
        }
        await OnStartedAsync();
    }

    /// <summary>For subclasses: runs once the app is serving.</summary>
    protected virtual Task OnStartedAsync() => Task.CompletedTask;

    /// <summary>For subclasses: runs before the app stops.</summary>
    protected virtual Task OnStoppingAsync() => Task.CompletedTask;

    /// <summary>A client that keeps cookies, like a browser, and does not follow redirects.</summary>
    public HttpClient CreateClient() =>
        Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(BaseUrl) });

    public async ValueTask DisposeAsync()
    {
        await OnStoppingAsync();
        if (_factory is not null) await _factory.DisposeAsync();
        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Factory(string connectionString, int demoSubscribers, int demoBots, IReadOnlyDictionary<string, string> settings)
        : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Database:ConnectionString", connectionString);
            builder.UseSetting("Demo:Enabled", "true");
            builder.UseSetting("Demo:Subscribers", demoSubscribers.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Demo:Bots", demoBots.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Orleans:SiloPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Orleans:GatewayPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Orleans:ClusterId", "test-" + Guid.NewGuid().ToString("N")[..8]);
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
        }
    }
}
