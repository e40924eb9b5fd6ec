using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Outreach.Web.Tests.Support;

namespace Outreach.Web.Tests;

/// <summary>/api/segments on the real app and database: saved rule segments for marketing roles.</summary>
public sealed class SegmentApiTests(OutreachApp app) : IClassFixture<OutreachApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static string Body(string name, string tariff) =>
        $$"""{ "name": "{{name}}", "rule": { "op": "and", "type": "group", "children": [ { "type": "condition", "field": "tariff", "operator": "=", "value": "{{tariff}}" } ] } }""";

    private static async Task<string> ErrorAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty(field)[0].GetString()!;
    }

    [Fact]
    public async Task A_segment_is_tried_saved_read_renamed_and_deleted()
    {
        var client = await app.SignedInAsync("marketer");
        var name = "API " + Guid.NewGuid().ToString("N")[..8];

        var preview = await client.PostAsync("/api/segments/preview", Json(Body(name, "Smart")), Ct);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var count = (await preview.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("count").GetInt64();
        await using (var c = await app.Services.GetRequiredService<Npgsql.NpgsqlDataSource>().OpenConnectionAsync(Ct))
            Assert.Equal(await Dapper.SqlMapper.ExecuteScalarAsync<long>(c, "select count(*) from subscribers where tariff = 'Smart'"), count);

        var created = await client.PostAsync("/api/segments", Json(Body(name, "Smart")), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
        Assert.EndsWith($"/api/segments/{id}", created.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync("/api/segments", Json(Body(name, "Basic")), Ct)).StatusCode);

        var list = await client.GetFromJsonAsync<JsonElement>("/api/segments", Ct);
        Assert.Contains(list.EnumerateArray(), s => s.GetProperty("id").GetInt64() == id && s.GetProperty("name").GetString() == name);
        var one = await client.GetFromJsonAsync<JsonElement>($"/api/segments/{id}", Ct);
        Assert.Equal("Smart", one.GetProperty("rule").GetProperty("children")[0].GetProperty("value").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await client.PutAsync($"/api/segments/{id}", Json(Body(name + " v2", "Basic")), Ct)).StatusCode);
        Assert.Equal(name + " v2", (await client.GetFromJsonAsync<JsonElement>($"/api/segments/{id}", Ct)).GetProperty("name").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/segments/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/segments/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/segments/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsync($"/api/segments/{id}", Json(Body(name, "Basic")), Ct)).StatusCode);
    }

    [Fact]
    public async Task Wrong_segments_are_refused_naming_the_field()
    {
        var client = await app.SignedInAsync("marketer");
        Assert.Contains("Send {", await ErrorAsync(await client.PostAsync("/api/segments", Json("""{ "name": "No rule" }"""), Ct), "rule"));
        Assert.Contains("not a rule tree", await ErrorAsync(await client.PostAsync("/api/segments",
            Json("""{ "name": "Odd", "rule": { "type": "blob" } }"""), Ct), "rule"));
        Assert.NotEmpty(await ErrorAsync(await client.PostAsync("/api/segments", Json(Body("Unknown field", "Smart").Replace("\"tariff\"", "\"shoe_size\"")), Ct), "rule"));
        Assert.Equal("Give the segment a name.", await ErrorAsync(await client.PostAsync("/api/segments", Json(Body(" ", "Smart")), Ct), "name"));
        Assert.NotEmpty(await ErrorAsync(await client.PostAsync("/api/segments/preview", Json("""{ "rule": 5 }"""), Ct), "rule"));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/segments", Json("{ not json"), Ct)).StatusCode);

        var agent = await app.SignedInAsync("agent1");
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/segments", Ct)).StatusCode);
    }
}
