using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Outreach.Segmentation.Rules;
using Outreach.Web.Targeting;
using Outreach.Web.Tests.Support;

namespace Outreach.Web.Tests;

public sealed class CampaignApiTests(OutreachApp app) : IClassFixture<OutreachApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
    }

    private async Task<long> SegmentAsync(string name)
    {
        Assert.True((await app.Services.GetRequiredService<SegmentService>().CreateAsync(name, RuleGroup.AllOf(RuleCondition.Of("balance", ">=", 0)), "test", Ct)).Ok);
        return (await app.Services.GetRequiredService<Outreach.Campaigns.Targeting.SegmentRepository>().ListAsync(Ct)).Single(s => s.Name == name).Id;
    }

    private static async Task<long> CreateAsync(HttpClient client, string name)
    {
        var created = await client.PostAsJsonAsync("/api/campaigns", new { name, goal = "Test" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
    }

    [Theory]
    [InlineData("""{"name":"Bad id","callerId":"555-0100"}""", "callerId")]
    [InlineData("""{"name":"Too keen","targetAbandonRate":0.05}""", "targetAbandonRate")]
    [InlineData("""{"name":"Odd","channel":"pigeon"}""", "channel")]
    [InlineData("""{"name":"Loop","retryRules":[{"cause":"busy","delayMinutes":0,"maxRetries":1}]}""", "retryRules[0].delayMinutes")]
    [InlineData("""{"name":""}""", "name")]
    public async Task Bad_input_is_a_400_naming_the_field(string body, string field)
    {
        var client = await app.SignedInAsync("marketer");
        var errors = await ErrorsAsync(await client.PostAsync("/api/campaigns", Json(body), Ct));
        Assert.True(errors.TryGetProperty(field, out _), errors.ToString());
    }

    [Fact]
    public async Task Unreadable_or_missing_bodies_and_unknown_campaigns_are_clear_errors()
    {
        var client = await app.SignedInAsync("marketer");
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/campaigns", Json("{\"name\":"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/campaigns", Json(""), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync("/api/campaigns/999999", new { name = "x" }, Ct)).StatusCode);
        Assert.True((await ErrorsAsync(await client.GetAsync("/api/campaigns?pageSize=500", Ct))).TryGetProperty("pageSize", out _));
    }

    [Fact]
    public async Task A_campaign_is_built_frozen_and_scheduled_through_the_api_and_then_no_longer_edited()
    {
        var client = await app.SignedInAsync("marketer");
        var id = await CreateAsync(client, "API spring");
        var early = await ErrorsAsync(await client.PostAsync($"/api/campaigns/{id}/schedule", null, Ct));
        Assert.True(early.TryGetProperty("scheduledStart", out _) && early.TryGetProperty("contactList", out _) && early.TryGetProperty("callerId", out _));

        var segment = await SegmentAsync("API everyone");
        var preview = await client.GetFromJsonAsync<JsonElement>($"/api/campaigns/{id}/contact-list/preview?segmentId={segment}&recentContactDays=0", Ct);
        var frozen = await client.PostAsJsonAsync($"/api/campaigns/{id}/contact-list", new { segmentId = segment, recentContactDays = 0 }, Ct);
        Assert.Equal(HttpStatusCode.OK, frozen.StatusCode);
        Assert.Equal(preview.GetProperty("count").GetInt64(), (await frozen.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("size").GetInt64());

        var view = await client.GetFromJsonAsync<JsonElement>($"/api/campaigns/{id}", Ct);
        var form = view.GetProperty("form").Deserialize<Dictionary<string, JsonElement>>()!;
        form["callerId"] = JsonSerializer.SerializeToElement("+12125550100");
        form["scheduledStart"] = JsonSerializer.SerializeToElement(DateTimeOffset.UtcNow.AddDays(3));
        form["segmentId"] = JsonSerializer.SerializeToElement(segment);
        form["recentContactDays"] = JsonSerializer.SerializeToElement(0);
        form["scheduleTimeZone"] = JsonSerializer.SerializeToElement("Mars/Olympus");
        Assert.Contains("IANA", (await ErrorsAsync(await client.PutAsJsonAsync($"/api/campaigns/{id}", form, Ct))).GetProperty("scheduleTimeZone")[0].GetString());
        form["scheduleTimeZone"] = JsonSerializer.SerializeToElement("Asia/Kolkata");
        Assert.Equal(HttpStatusCode.NoContent, (await client.PutAsJsonAsync($"/api/campaigns/{id}", form, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/campaigns/{id}/schedule", null, Ct)).StatusCode);
        Assert.Equal("Asia/Kolkata", (await client.GetFromJsonAsync<JsonElement>($"/api/campaigns/{id}", Ct)).GetProperty("form").GetProperty("scheduleTimeZone").GetString());

        Assert.Equal("scheduled", (await client.GetFromJsonAsync<JsonElement>($"/api/campaigns/{id}", Ct)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await client.PutAsJsonAsync($"/api/campaigns/{id}", form, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync($"/api/campaigns/{id}/contact-list", new { segmentId = segment }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.DeleteAsync($"/api/campaigns/{id}", Ct)).StatusCode);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/campaigns?pageSize=100", Ct);
        Assert.Contains(list.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetInt64() == id && c.GetProperty("status").GetString() == "scheduled");
    }

    [Fact]
    public async Task Campaigns_are_seen_by_their_department_only_and_not_by_agents()
    {
        var admin = await app.SignedInAsync("admin");
        var departments = await admin.GetFromJsonAsync<JsonElement>("/api/departments", Ct);
        var care = departments.EnumerateArray().First(d => d.GetProperty("name").GetString() == "Customer Care").GetProperty("id").GetInt32();
        var created = await admin.PostAsJsonAsync("/api/campaigns", new { name = "Care only", departmentId = care }, Ct);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();

        var marketer = await app.SignedInAsync("marketer");
        Assert.Equal(HttpStatusCode.NotFound, (await marketer.GetAsync($"/api/campaigns/{id}", Ct)).StatusCode);
        Assert.True((await ErrorsAsync(await marketer.PostAsJsonAsync("/api/campaigns", new { name = "Sneaky", departmentId = care }, Ct))).TryGetProperty("departmentId", out _));
        var agent = await app.SignedInAsync("agent1");
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/campaigns", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/campaigns/{id}", Ct)).StatusCode);
    }
}
