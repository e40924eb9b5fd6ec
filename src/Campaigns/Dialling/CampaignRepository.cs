using System.Text.Json;
using Dapper;
using Npgsql;

namespace Outreach.Campaigns.Dialling;

/// <summary>Campaign rows: create, read, list by department.</summary>
public sealed class CampaignRepository(NpgsqlDataSource db)
{
    private const string Columns = """
        id, name, goal, channel, status, department_id, dialing_mode, target_abandon_rate, caller_id, call_guide,
        calling_hours_from, calling_hours_to
        """;

    public async Task<long> CreateAsync(Campaign campaign, int? createdBy, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.ExecuteScalarAsync<long>(new CommandDefinition("""
            insert into campaigns (name, goal, channel, department_id, dialing_mode, target_abandon_rate, caller_id, call_guide,
                                   calling_hours_from, calling_hours_to, created_by)
            values (@Name, @Goal, @Channel, @DepartmentId, @DialingMode, @TargetAbandonRate, @CallerId, @CallGuide,
                    @CallingHoursFrom, @CallingHoursTo, @createdBy)
            returning id
            """, new
        {
            campaign.Name, campaign.Goal, campaign.Channel, campaign.DepartmentId, campaign.DialingMode, campaign.TargetAbandonRate,
            campaign.CallerId, campaign.CallGuide, campaign.CallingHoursFrom, campaign.CallingHoursTo, createdBy,
        }, cancellationToken: ct));
    }

    public async Task<Campaign?> GetAsync(long id, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.QuerySingleOrDefaultAsync<Campaign>(new CommandDefinition(
            $"select {Columns} from campaigns where id = @id", new { id }, cancellationToken: ct));
    }

    /// <summary>Campaigns of the given departments (null = all, for administrators), newest first.</summary>
    public async Task<IReadOnlyList<Campaign>> ListAsync(IReadOnlyList<int>? departmentIds, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var rows = await c.QueryAsync<Campaign>(new CommandDefinition(
            $"select {Columns} from campaigns where @all or department_id = any(@ids) order by id desc",
            new { all = departmentIds is null, ids = (departmentIds ?? []).ToArray() }, cancellationToken: ct));
        return rows.ToList();
    }

    /// <summary>Moves the campaign to a new status when it is in the expected one; false when it was not.</summary>
    public async Task<bool> ChangeStatusAsync(long id, string from, string to, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.ExecuteAsync(new CommandDefinition(
            "update campaigns set status = @to, updated_at = now() where id = @id and status = @from",
            new { id, from, to }, cancellationToken: ct)) == 1;
    }

    private static readonly JsonSerializerOptions SettingsJson = new(JsonSerializerDefaults.Web);

    /// <summary>The campaign's settings (defaults for fields never written); null when the campaign does not exist.</summary>
    public async Task<CampaignSettings?> GetSettingsAsync(long id, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var json = await c.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "select settings::text from campaigns where id = @id", new { id }, cancellationToken: ct));
        return json is null ? null : JsonSerializer.Deserialize<CampaignSettings>(json, SettingsJson) ?? new CampaignSettings();
    }

    /// <summary>Replaces the campaign's settings; false when the campaign does not exist.</summary>
    public async Task<bool> SaveSettingsAsync(long id, CampaignSettings settings, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.ExecuteAsync(new CommandDefinition(
            "update campaigns set settings = @json::jsonb, updated_at = now() where id = @id",
            new { id, json = JsonSerializer.Serialize(settings, SettingsJson) }, cancellationToken: ct)) == 1;
    }

    /// <summary>Changes the dialling mode and abandon target (M3); false when the campaign does not exist.</summary>
    public async Task<bool> UpdatePacingAsync(long id, string mode, decimal targetAbandonRate, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.ExecuteAsync(new CommandDefinition(
            "update campaigns set dialing_mode = @mode, target_abandon_rate = @targetAbandonRate, updated_at = now() where id = @id",
            new { id, mode, targetAbandonRate }, cancellationToken: ct)) == 1;
    }

    /// <summary>Ids of campaigns in the given status, e.g. the running ones to resume when a silo starts.</summary>
    public async Task<IReadOnlyList<long>> IdsInStatusAsync(string status, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var rows = await c.QueryAsync<long>(new CommandDefinition(
            "select id from campaigns where status = @status order by id", new { status }, cancellationToken: ct));
        return rows.ToList();
    }
}
