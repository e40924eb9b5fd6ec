using System.Net.Http.Json;

namespace Outreach.Web.Tests.Support;

/// <summary>Signs a client in through the API, as a script or another system would.</summary>
public static class ApiClient
{
    public const string DemoPassword = "outreach-demo";

    public static async Task<HttpClient> SignedInAsync(this OutreachApp app, string username)
    {
        var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { username, password = DemoPassword });
        response.EnsureSuccessStatusCode();
        return client;
    }
}
