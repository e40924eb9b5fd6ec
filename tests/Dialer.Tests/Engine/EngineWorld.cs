using Dapper;
using Npgsql;
using Outreach.Campaigns.Dialling;
using Outreach.Campaigns.Users;

namespace Outreach.Dialer.Tests.Engine;

/// <summary>Test data for the engine: a department, agent users, subscribers in chosen time zones, campaigns with contact lists.</summary>
public sealed class EngineWorld(NpgsqlDataSource db)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static int nextPhone = 1000;
    private int departmentId;

    public async Task<int> DepartmentAsync()
    {
        if (departmentId == 0)
            departmentId = (await new DepartmentRepository(db).CreateAsync("Engine-" + Guid.NewGuid().ToString("N")[..8], Ct))!.Value;
        return departmentId;
    }

    /// <summary>A new agent user; returns its id (the agent grain's key).</summary>
    public async Task<int> AgentAsync(params string[] skills)
    {
        await using var c = await db.OpenConnectionAsync(Ct);
        return await c.ExecuteScalarAsync<int>(
            "insert into users (username, display_name, password_hash, department_id, skills) values (@u, @u, 'x', @d, @skills) returning id",
            new { u = "agent-" + Guid.NewGuid().ToString("N")[..10], d = await DepartmentAsync(), skills });
    }

    /// <summary>New subscribers with unique E.164 numbers in the given zone; returns their ids.</summary>
    public async Task<long[]> SubscribersAsync(int count, string timeZone = "UTC", string language = "en")
    {
        await using var c = await db.OpenConnectionAsync(Ct);
        var ids = new List<long>();
        for (var i = 0; i < count; i++)
        {
            var phone = $"+1202555{Interlocked.Increment(ref nextPhone):D4}";
            ids.Add(await c.ExecuteScalarAsync<long>(
                "insert into subscribers (first_name, last_name, phone, time_zone, language) values ('Test', @phone, @phone, @timeZone, @language) returning id",
                new { phone, timeZone, language }));
        }
        return [.. ids];
    }

    /// <summary>A campaign open all day (unless hours are given) with the subscribers on its contact list.</summary>
    public async Task<long> CampaignAsync(long[] subscribers, string mode = "progressive", string? callerId = "+12125550100",
        TimeOnly? from = null, TimeOnly? to = null, CampaignSettings? settings = null)
    {
        var campaigns = new CampaignRepository(db);
        var id = await campaigns.CreateAsync(new Campaign
        {
            Name = "Engine test " + Guid.NewGuid().ToString("N")[..6], DepartmentId = await DepartmentAsync(), DialingMode = mode,
            CallerId = callerId, CallingHoursFrom = from ?? new(0, 0), CallingHoursTo = to ?? new(23, 59, 59),
        }, null, Ct);
        if (settings is not null) await campaigns.SaveSettingsAsync(id, settings, Ct);
        if (subscribers.Length > 0)
        {
            var lists = new ContactListRepository(db);
            await lists.AddSubscribersAsync(await lists.CreateAsync(id, "list", Ct), subscribers, Ct);
        }
        return id;
    }

    public async Task<IReadOnlyList<AttemptRow>> AttemptsAsync(long campaignId)
    {
        await using var c = await db.OpenConnectionAsync(Ct);
        return (await c.QueryAsync<AttemptRow>("""
            select id, entry_id, attempt_number, subscriber_id, placed_at, ended_at, outcome, answer_class, connect_result, agent_id, disposition_code
            from attempts where campaign_id = @campaignId order by id
            """, new { campaignId })).ToList();
    }

    public async Task<IReadOnlyList<EntryRow>> EntriesAsync(long campaignId)
    {
        await using var c = await db.OpenConnectionAsync(Ct);
        return (await c.QueryAsync<EntryRow>("""
            select e.id, e.subscriber_id, e.status, e.attempts_made, e.next_attempt_at from contact_list_entries e
            join contact_lists l on l.id = e.contact_list_id where l.campaign_id = @campaignId order by e.id
            """, new { campaignId })).ToList();
    }

    public async Task<T?> ScalarAsync<T>(string sql, object? args = null)
    {
        await using var c = await db.OpenConnectionAsync(Ct);
        return await c.ExecuteScalarAsync<T>(sql, args);
    }
}

public sealed class AttemptRow
{
    public long Id { get; init; }
    public long EntryId { get; init; }
    public int AttemptNumber { get; init; }
    public long SubscriberId { get; init; }
    public DateTime? PlacedAt { get; init; }
    public DateTime? EndedAt { get; init; }
    public string? Outcome { get; init; }
    public string? AnswerClass { get; init; }
    public string? ConnectResult { get; init; }
    public int? AgentId { get; init; }
    public string? DispositionCode { get; init; }
}

public sealed class EntryRow
{
    public long Id { get; init; }
    public long SubscriberId { get; init; }
    public string Status { get; init; } = "";
    public int AttemptsMade { get; init; }
    public DateTime? NextAttemptAt { get; init; }
}
