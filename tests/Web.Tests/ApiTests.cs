using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Outreach.Web.Tests.Support;

namespace Outreach.Web.Tests;

public sealed class ApiTests(OutreachApp app) : IClassFixture<OutreachApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    [Fact]
    public async Task Login_sets_a_cookie_and_me_returns_the_roles()
    {
        var client = await app.SignedInAsync("marketer");
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me", Ct);
        Assert.Equal("marketer", me.GetProperty("username").GetString());
        Assert.Equal(["marketer"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Theory]
    [InlineData("{}", "username")]
    [InlineData("{\"username\":\"\",\"password\":\"x\"}", "username")]
    [InlineData("{\"username\":\"admin\",\"password\":\"\"}", "password")]
    public async Task Login_with_empty_fields_is_a_validation_problem(string body, string field)
    {
        var response = await app.CreateClient().PostAsync("/api/auth/login", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await ProblemAsync(response)).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Login_with_malformed_json_is_a_bad_request_not_a_crash()
    {
        var response = await app.CreateClient().PostAsync("/api/auth/login", new StringContent("{username:", System.Text.Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("nobody", "outreach-demo")]
    [InlineData("admin", "wrong-password")]
    public async Task Login_with_unknown_user_or_wrong_password_is_401(string username, string password)
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { username, password }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Unknown username or wrong password", (await ProblemAsync(response)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Subscribers_need_a_login()
    {
        var response = await app.CreateClient().GetAsync("/api/subscribers", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await ProblemAsync(response);
    }

    [Fact]
    public async Task Agents_may_not_list_subscribers()
    {
        var client = await app.SignedInAsync("agent1");
        var response = await client.GetAsync("/api/subscribers", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await ProblemAsync(response);
    }

    [Theory]
    [InlineData("marketer")]
    [InlineData("manager")]
    public async Task Marketers_and_managers_page_through_subscribers(string username)
    {
        var client = await app.SignedInAsync(username);
        var page = await client.GetFromJsonAsync<JsonElement>("/api/subscribers?page=2&pageSize=10", Ct);
        Assert.Equal(300, page.GetProperty("total").GetInt64());
        Assert.Equal(2, page.GetProperty("pageNumber").GetInt32());
        Assert.Equal(10, page.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("page=-1", "page")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=100000", "pageSize")]
    public async Task Bad_paging_is_a_validation_problem(string query, string field)
    {
        var client = await app.SignedInAsync("marketer");
        var response = await client.GetAsync($"/api/subscribers?{query}", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await ProblemAsync(response)).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Theory]
    [InlineData("'; drop table subscribers; --")]
    [InlineData("' or '1'='1")]
    public async Task Sql_in_the_search_text_finds_nothing_and_harms_nothing(string search)
    {
        var client = await app.SignedInAsync("marketer");
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/subscribers?search={Uri.EscapeDataString(search)}", Ct);
        Assert.Equal(0, page.GetProperty("total").GetInt64());
        var all = await client.GetFromJsonAsync<JsonElement>("/api/subscribers", Ct);
        Assert.Equal(300, all.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task A_card_is_returned_and_a_missing_one_is_404()
    {
        var client = await app.SignedInAsync("marketer");
        var first = (await client.GetFromJsonAsync<JsonElement>("/api/subscribers?pageSize=1", Ct)).GetProperty("items")[0];
        var card = await client.GetFromJsonAsync<JsonElement>($"/api/subscribers/{first.GetProperty("id").GetInt64()}", Ct);
        Assert.Equal(first.GetProperty("phone").GetString(), card.GetProperty("subscriber").GetProperty("phone").GetString());
        var missing = await client.GetAsync("/api/subscribers/999999999", Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        await ProblemAsync(missing);
    }

    [Fact]
    public async Task Health_reports_postgres_and_orleans()
    {
        var health = await app.CreateClient().GetFromJsonAsync<JsonElement>("/health", Ct);
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal("ok", health.GetProperty("postgres").GetString());
        Assert.Equal("ok", health.GetProperty("orleans").GetString());
    }

    [Fact]
    public async Task Metrics_are_in_prometheus_format()
    {
        var client = app.CreateClient();
        await client.GetAsync("/health", Ct);
        var text = await client.GetStringAsync("/metrics", Ct);
        Assert.Contains("# TYPE http_requests_received_total counter", text);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_api()
    {
        var doc = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/auth/login", "/api/me", "/api/subscribers", "/api/users" })
            Assert.True(paths.TryGetProperty(path, out _), path);
    }

    [Fact]
    public async Task An_admin_creates_a_user_who_can_then_sign_in_and_it_is_audited()
    {
        var admin = await app.SignedInAsync("admin");
        var created = await admin.PostAsJsonAsync("/api/users", new
        {
            username = "newagent", displayName = "New Agent", password = "long-password", departmentId = (int?)null, roles = new[] { "agent" },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var duplicate = await admin.PostAsJsonAsync("/api/users", new
        {
            username = "newagent", displayName = "Again", password = "long-password", roles = new[] { "agent" },
        }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);

        var client = app.CreateClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { username = "newagent", password = "long-password" }, Ct);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);

        var audit = app.Services.GetRequiredService<Outreach.Campaigns.Audit.AuditLog>();
        Assert.Contains(await audit.RecentAsync(20, "user", Ct), e => e.Actor == "admin" && e.Action == "create" && e.Details.Contains("newagent"));
    }

    [Fact]
    public async Task A_bad_new_user_gets_field_errors()
    {
        var admin = await app.SignedInAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/users", new { username = "Bad Name", displayName = "", password = "x", roles = new[] { "pilot" } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await ProblemAsync(response)).GetProperty("errors");
        Assert.Equal(["displayName", "password", "roles", "username"], errors.EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public async Task An_admin_sets_an_agents_skills_and_a_change_without_skills_keeps_them()
    {
        var admin = await app.SignedInAsync("admin");
        var created = await admin.PostAsJsonAsync("/api/users", new
        {
            username = "skilled", displayName = "Skilled Agent", password = "long-password", roles = new[] { "agent" }, skills = new[] { " ES", "en", "es" },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var users = app.Services.GetRequiredService<Outreach.Campaigns.Users.UserRepository>();
        var account = (await users.FindAsync("skilled", Ct))!;
        Assert.Equal(["es", "en"], account.Skills);

        var renamed = await admin.PutAsJsonAsync($"/api/users/{account.Id}", new { displayName = "Renamed", isActive = true, roles = new[] { "agent" } }, Ct);
        Assert.True(renamed.IsSuccessStatusCode, await renamed.Content.ReadAsStringAsync(Ct));
        Assert.Equal(["es", "en"], (await users.FindAsync("skilled", Ct))!.Skills);
        var cleared = await admin.PutAsJsonAsync($"/api/users/{account.Id}", new { displayName = "Renamed", isActive = true, roles = new[] { "agent" }, skills = Array.Empty<string>() }, Ct);
        Assert.True(cleared.IsSuccessStatusCode);
        Assert.Empty((await users.FindAsync("skilled", Ct))!.Skills);

        var bad = await admin.PutAsJsonAsync($"/api/users/{account.Id}", new { displayName = "Renamed", isActive = true, roles = new[] { "agent" }, skills = new[] { "spanish speaker" } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await ProblemAsync(bad)).GetProperty("errors").TryGetProperty("skills", out _));
    }

    [Fact]
    public async Task Only_admins_manage_users()
    {
        var marketer = await app.SignedInAsync("marketer");
        Assert.Equal(HttpStatusCode.Forbidden, (await marketer.GetAsync("/api/users", Ct)).StatusCode);
    }

    [Fact]
    public async Task Logout_ends_the_session()
    {
        var client = await app.SignedInAsync("manager");
        await client.PostAsync("/api/auth/logout", null, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me", Ct)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_api_route_is_a_problem_404()
    {
        var response = await app.CreateClient().GetAsync("/api/no-such-thing", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
