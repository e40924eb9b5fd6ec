using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Outreach.Campaigns.Dialling;
using Outreach.Web.Tests.Support;

using static Outreach.Web.Tests.Engine.EngineTestData;

namespace Outreach.Web.Tests.Engine;

/// <summary>The engine API's edges: who may call what, and bad input answered with ProblemDetails before any grain is asked.</summary>
public sealed class EngineApiTests(OutreachApp app) : IClassFixture<OutreachApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static async Task AssertInvalidAsync(HttpResponseMessage response, string field) =>
        Assert.True((await ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty(field, out _),
            $"expected an error on '{field}'");

    [Theory]
    [InlineData("agent1", "GET", "/api/engine/campaigns")]
    [InlineData("agent1", "POST", "/api/engine/campaigns/1/pause")]
    [InlineData("marketer", "POST", "/api/engine/campaigns/1/start")]
    [InlineData("marketer", "PUT", "/api/engine/campaigns/1/pacing")]
    [InlineData("manager", "POST", "/api/desk/ready")]
    [InlineData("manager", "POST", "/api/desk/preview/call")]
    [InlineData("marketer", "POST", "/api/desk/preview/skip")]
    [InlineData("marketer", "GET", "/api/desk")]
    public async Task Other_roles_get_403_problem_details(string user, string method, string path)
    {
        var client = await app.SignedInAsync(user);
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = Json("{}") }, Ct);
        await ProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Anonymous_callers_get_401() =>
        await ProblemAsync(await app.CreateClient().PostAsync("/api/desk/ready", null, Ct), HttpStatusCode.Unauthorized);

    [Theory]
    [InlineData("""{ "mode": "turbo", "targetAbandonRate": 0.02 }""", "mode")]
    [InlineData("""{ "mode": "predictive", "targetAbandonRate": 0.05 }""", "targetAbandonRate")]
    [InlineData("""{ "mode": "predictive" }""", "targetAbandonRate")]
    [InlineData("{}", "mode")]
    public async Task A_bad_pacing_change_is_a_validation_problem(string body, string field)
    {
        var id = await app.CampaignAsync("Sales", CampaignStatus.Running);
        var client = await app.SignedInAsync("manager");
        await AssertInvalidAsync(await client.PutAsync($"/api/engine/campaigns/{id}/pacing", Json(body), Ct), field);
    }

    [Fact]
    public async Task A_campaign_of_another_department_is_not_found_for_its_manager()
    {
        var id = await app.CampaignAsync("Customer Care", CampaignStatus.Running);
        var client = await app.SignedInAsync("manager");
        await ProblemAsync(await client.PostAsync($"/api/engine/campaigns/{id}/pause", Json("{}"), Ct), HttpStatusCode.NotFound);
        await ProblemAsync(await client.GetAsync($"/api/engine/campaigns/{id}", Ct), HttpStatusCode.NotFound);
        await ProblemAsync(await client.PutAsync($"/api/engine/campaigns/{id}/pacing", Json("""{ "mode": "power", "targetAbandonRate": 0.02 }"""), Ct),
            HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_agent_may_join_only_unfinished_campaigns_of_their_department()
    {
        var running = await app.CampaignAsync("Sales", CampaignStatus.Running);
        var finished = await app.CampaignAsync("Sales", CampaignStatus.Finished);
        var elsewhere = await app.CampaignAsync("Customer Care", CampaignStatus.Running);
        var client = await app.SignedInAsync("agent1");
        var joinable = (await client.GetFromJsonAsync<JsonElement>("/api/desk/campaigns", Ct)).EnumerateArray().Select(c => c.GetProperty("id").GetInt64()).ToList();
        Assert.Contains(running, joinable);
        Assert.DoesNotContain(finished, joinable);
        Assert.DoesNotContain(elsewhere, joinable);
        await AssertInvalidAsync(await client.PostAsync("/api/desk/login", Json($$"""{ "campaignIds": [{{finished}}] }"""), Ct), "campaignIds");
        await AssertInvalidAsync(await client.PostAsync("/api/desk/login", Json($$"""{ "campaignIds": [{{elsewhere}}] }"""), Ct), "campaignIds");
    }

    [Theory]
    [InlineData("/api/desk/login", """{ "campaignIds": [] }""", "campaignIds")]
    [InlineData("/api/desk/login", "{}", "campaignIds")]
    [InlineData("/api/desk/pause", """{ "reason": " " }""", "reason")]
    [InlineData("/api/desk/hangup", "{}", "callId")]
    [InlineData("/api/desk/disposition", "null", "body")]
    public async Task Bad_desk_input_is_a_validation_problem(string path, string body, string field)
    {
        var client = await app.SignedInAsync("agent2");
        await AssertInvalidAsync(await client.PostAsync(path, Json(body), Ct), field);
    }

    [Fact]
    public async Task A_pause_reason_longer_than_the_limit_is_refused()
    {
        var client = await app.SignedInAsync("agent2");
        await AssertInvalidAsync(await client.PostAsync("/api/desk/pause", Json(JsonSerializer.Serialize(new { reason = new string('x', 101) })), Ct), "reason");
    }

    [Fact]
    public async Task Malformed_json_is_a_bad_request()
    {
        var client = await app.SignedInAsync("manager");
        await ProblemAsync(await client.PutAsync("/api/engine/campaigns/1/pacing", Json("{ mode"), Ct), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_campaign_without_its_own_dispositions_offers_the_default_list()
    {
        var id = await app.CampaignAsync("Sales", CampaignStatus.Running);
        var client = await app.SignedInAsync("agent1");
        var codes = (await client.GetFromJsonAsync<JsonElement>($"/api/desk/campaigns/{id}/dispositions", Ct)).EnumerateArray()
            .Select(d => d.GetProperty("code").GetString()).ToList();
        Assert.Equal(["accepted", "declined", "callback", "wrong_person", "do_not_call", "survey_done"], codes);
    }

    [Fact]
    public async Task A_campaign_with_its_own_dispositions_offers_only_those()
    {
        var id = await app.CampaignAsync("Sales", CampaignStatus.Running);
        await using (var c = await app.Services.GetRequiredService<Npgsql.NpgsqlDataSource>().OpenConnectionAsync(Ct))
        await using (var insert = new Npgsql.NpgsqlCommand(
            "insert into dispositions (campaign_id, code, label) values (@id, 'moved', 'Moved abroad'), (@id, 'keen', 'Keen')", c))
        {
            insert.Parameters.AddWithValue("id", id);
            await insert.ExecuteNonQueryAsync(Ct);
        }
        var client = await app.SignedInAsync("agent1");
        var offered = (await client.GetFromJsonAsync<JsonElement>($"/api/desk/campaigns/{id}/dispositions", Ct)).EnumerateArray()
            .Select(d => $"{d.GetProperty("code").GetString()}:{d.GetProperty("label").GetString()}").ToList();
        Assert.Equal(["moved:Moved abroad", "keen:Keen"], offered);
    }
}
