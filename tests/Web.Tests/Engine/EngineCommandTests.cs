using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.SignalR.Client;
using Npgsql;
using Outreach.Campaigns.Users;
using Outreach.Dialer.Engine;
using Outreach.Web.Engine;
using Outreach.Web.Tests.Support;

using static Outreach.Web.Tests.Engine.EngineTestData;

namespace Outreach.Web.Tests.Engine;

/// <summary>The engine API and hub on the real grains: agent state commands, refusals, campaign control with audit, pushed boards.</summary>
public sealed class EngineCommandTests(OutreachApp app) : IClassFixture<OutreachApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static async Task<string> RefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString()!;
    }

    [Fact]
    public async Task An_agent_logs_in_goes_ready_twice_harmlessly_and_pauses_with_a_reason()
    {
        var campaign = await app.CampaignAsync("Sales");
        var agent = await app.SignedInAsync("agent4");
        var board = await OkAsync(await agent.PostAsync("/api/desk/login", Json($$"""{ "campaignIds": [{{campaign}}] }"""), Ct));
        Assert.Equal([campaign], board.GetProperty("campaignIds").EnumerateArray().Select(e => e.GetInt64()));
        Assert.Equal(AgentStates.Paused, AgentStates.Normalize(board.GetProperty("state").GetString()));
        var first = await agent.PostAsync("/api/desk/ready", null, Ct);
        var second = await agent.PostAsync("/api/desk/ready", null, Ct);
        Assert.Equal(AgentStates.Ready, AgentStates.Normalize((await OkAsync(second)).GetProperty("state").GetString()));
        Assert.True(first.IsSuccessStatusCode);
        board = await OkAsync(await agent.PostAsync("/api/desk/pause", Json("""{ "reason": "Lunch" }"""), Ct));
        Assert.Equal("Lunch", board.GetProperty("pauseReason").GetString());
        await OkAsync(await agent.PostAsync("/api/desk/logout", null, Ct));
    }

    [Fact]
    public async Task In_preview_mode_an_agent_reads_the_contact_skips_it_and_calls_the_next_through_the_api()
    {
        var campaign = await app.CampaignAsync("Sales", withContacts: true, mode: "preview");
        var agent = await app.SignedInAsync("agent11");
        Assert.Contains("no contact to call", await RefusedAsync(await agent.PostAsync("/api/desk/preview/call", null, Ct)));
        await OkAsync(await agent.PostAsync("/api/desk/login", Json($$"""{ "campaignIds": [{{campaign}}] }"""), Ct));
        await OkAsync(await agent.PostAsync("/api/desk/ready", null, Ct));
        var manager = await app.SignedInAsync("manager");
        await OkAsync(await manager.PostAsync($"/api/engine/campaigns/{campaign}/start", null, Ct));

        var shown = await PreviewShownAsync(agent, except: null);
        var skipped = await OkAsync(await agent.PostAsync("/api/desk/preview/skip", null, Ct));
        Assert.NotEqual(shown, skipped.TryGetProperty("preview", out var p) && p.ValueKind == JsonValueKind.Object ? p.GetProperty("entryId").GetInt64() : 0);
        var next = await PreviewShownAsync(agent, except: shown);
        Assert.NotEqual(shown, next);

        var ringing = await OkAsync(await agent.PostAsync("/api/desk/preview/call", null, Ct));
        Assert.Equal(AgentStates.Reserved, AgentStates.Normalize(ringing.GetProperty("state").GetString()));
        Assert.Equal(next, ringing.GetProperty("preview").GetProperty("entryId").GetInt64());
        Assert.False(string.IsNullOrEmpty(ringing.GetProperty("preview").GetProperty("callId").GetString()));
        Assert.Contains("ringing", await RefusedAsync(await agent.PostAsync("/api/desk/preview/skip", null, Ct)));
    }

    /// <summary>Reads the desk until a contact other than <paramref name="except"/> is shown (bounded); its entry id.</summary>
    private static async Task<long> PreviewShownAsync(HttpClient agent, long? except)
    {
        for (var i = 0; i < 300; i++)
        {
            var board = await agent.GetFromJsonAsync<JsonElement>("/api/desk", Ct);
            if (board.TryGetProperty("preview", out var preview) && preview.ValueKind == JsonValueKind.Object
                && preview.GetProperty("entryId").GetInt64() is var id && id != except)
                return id;
            await Task.Delay(100, Ct);
        }
        Assert.Fail("no contact was shown to the agent");
        return 0;
    }

    [Fact]
    public async Task A_disposition_for_a_call_the_agent_does_not_hold_is_refused()
    {
        var agent = await app.SignedInAsync("agent5");
        var body = """{ "callId": "no-such-call", "dispositionCode": "accepted" }""";
        Assert.Contains("no longer hold call no-such-call", await RefusedAsync(await agent.PostAsync("/api/desk/disposition", Json(body), Ct)));
    }

    [Fact]
    public async Task Starting_without_contacts_or_agents_is_refused_with_the_reason()
    {
        var manager = await app.SignedInAsync("manager");
        var empty = await app.CampaignAsync("Sales");
        Assert.Contains("contact", await RefusedAsync(await manager.PostAsync($"/api/engine/campaigns/{empty}/start", null, Ct)), StringComparison.OrdinalIgnoreCase);
        var noAgents = await app.CampaignAsync("Sales", withContacts: true);
        Assert.Contains("agent", await RefusedAsync(await manager.PostAsync($"/api/engine/campaigns/{noAgents}/start", null, Ct)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_manager_starts_changes_pacing_and_pauses_and_each_change_is_audited_under_their_name()
    {
        var campaign = await app.CampaignAsync("Sales", withContacts: true);
        var agent = await app.SignedInAsync("agent6");
        await OkAsync(await agent.PostAsync("/api/desk/login", Json($$"""{ "campaignIds": [{{campaign}}] }"""), Ct));
        var manager = await app.SignedInAsync("manager");
        Assert.Equal("running", (await OkAsync(await manager.PostAsync($"/api/engine/campaigns/{campaign}/start", null, Ct))).GetProperty("status").GetString());
        var paced = await OkAsync(await manager.PutAsync($"/api/engine/campaigns/{campaign}/pacing", Json("""{ "mode": "power", "targetAbandonRate": 0.02 }"""), Ct));
        Assert.Equal(0.02m, paced.GetProperty("targetAbandonRate").GetDecimal());
        Assert.Equal("paused", (await OkAsync(await manager.PostAsync($"/api/engine/campaigns/{campaign}/pause", Json("{}"), Ct))).GetProperty("status").GetString());
        var boards = await manager.GetFromJsonAsync<JsonElement>("/api/engine/campaigns", Ct);
        Assert.Contains(boards.EnumerateArray(), b => b.GetProperty("campaignId").GetInt64() == campaign);
        await using var c = await app.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync(Ct);
        var audited = (await c.QueryAsync<string>("select actor || ':' || action from audit_log where entity = 'campaign' and entity_id = @id order by id",
            new { id = campaign.ToString(System.Globalization.CultureInfo.InvariantCulture) })).ToList();
        Assert.Equal(["manager:campaign.start", "manager:campaign.pacing", "manager:campaign.pause"], audited);
        await OkAsync(await agent.PostAsync("/api/desk/logout", null, Ct));
    }

    [Fact]
    public async Task A_manager_moves_a_ready_agent_to_another_campaign_of_their_department_and_it_is_audited()
    {
        var first = await app.CampaignAsync("Sales");
        var second = await app.CampaignAsync("Sales");
        var care = await app.CampaignAsync("Customer Care");
        var agentId = (await app.Services.GetRequiredService<UserRepository>().FindAsync("agent9", Ct))!.Id;
        var agent = await app.SignedInAsync("agent9");
        var manager = await app.SignedInAsync("manager");
        var move = $"/api/engine/agents/{agentId}/campaigns";

        Assert.Contains("not logged in", await RefusedAsync(await manager.PutAsync(move, Json($$"""{ "campaignIds": [{{second}}] }"""), Ct)));
        await OkAsync(await agent.PostAsync("/api/desk/login", Json($$"""{ "campaignIds": [{{first}}] }"""), Ct));
        await OkAsync(await agent.PostAsync("/api/desk/ready", null, Ct));

        var moved = await OkAsync(await manager.PutAsync(move, Json($$"""{ "campaignIds": [{{second}}] }"""), Ct));
        Assert.Equal([second], moved.GetProperty("campaignIds").EnumerateArray().Select(e => e.GetInt64()));
        Assert.Equal(AgentStates.Ready, AgentStates.Normalize(moved.GetProperty("state").GetString()));

        var wrongDepartment = await manager.PutAsync(move, Json($$"""{ "campaignIds": [{{care}}] }"""), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, wrongDepartment.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.PutAsync(move, Json("""{ "campaignIds": [] }"""), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.PutAsync("/api/engine/agents/999999/campaigns", Json($$"""{ "campaignIds": [{{second}}] }"""), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PutAsync(move, Json($$"""{ "campaignIds": [{{first}}] }"""), Ct)).StatusCode);

        await using var c = await app.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync(Ct);
        Assert.Equal(1, await c.ExecuteScalarAsync<int>("select count(*) from audit_log where actor = 'manager' and action = 'agent.move' and entity_id = @id",
            new { id = agentId.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        await OkAsync(await agent.PostAsync("/api/desk/logout", null, Ct));
    }

    [Fact]
    public async Task The_hub_pushes_an_agents_board_to_a_watching_manager()
    {
        var campaign = await app.CampaignAsync("Sales");
        await using var hub = await HubAsync("manager");
        var pushed = new TaskCompletionSource<AgentBoard>(TaskCreationOptions.RunContinuationsAsynchronously);
        var agentId = (await app.Services.GetRequiredService<UserRepository>().FindAsync("agent7", Ct))!.Id;
        hub.On<AgentBoard>(EngineHub.AgentBoardMethod, b => { if (b.AgentId == agentId && b.CampaignIds.Contains(campaign)) pushed.TrySetResult(b); });
        var watched = await hub.InvokeAsync<EngineHub.WatchedCounts>(nameof(EngineHub.WatchAsync), Ct);
        Assert.True(watched.Agents >= 14);
        var agent = await app.SignedInAsync("agent7");
        await OkAsync(await agent.PostAsync("/api/desk/login", Json($$"""{ "campaignIds": [{{campaign}}] }"""), Ct));
        var board = await pushed.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        Assert.Equal(AgentStates.Paused, AgentStates.Normalize(board.State));
        await OkAsync(await agent.PostAsync("/api/desk/logout", null, Ct));
    }

    [Fact]
    public async Task The_hub_refuses_watching_to_an_agent()
    {
        await using var hub = await HubAsync("agent8");
        await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() => hub.InvokeAsync<EngineHub.WatchedCounts>(nameof(EngineHub.WatchAsync), Ct));
    }

    /// <summary>A hub connection through the test server, signed in with the user's auth cookie.</summary>
    private async Task<HubConnection> HubAsync(string username)
    {
        var login = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { username, password = ApiClient.DemoPassword }, Ct);
        var cookie = string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(v => v.Split(';')[0]));
        var server = app.Host.Server;
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, EngineHub.Path.TrimStart('/')), o =>
            {
                o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.LongPolling;
                o.HttpMessageHandlerFactory = _ => server.CreateHandler();
                o.Headers["Cookie"] = cookie;
            })
            .Build();
        await connection.StartAsync(Ct);
        return connection;
    }
}
