using System.Text.Json;
using Dapper;
using Npgsql;

namespace Outreach.Campaigns.Dialling;

/// <summary>Campaign rows: create, read, list by department.</summary>
public sealed class CampaignRepository(NpgsqlDataSource db)
{
    private const string Columns = """
        id, name, goal, channel, status, department_id, dialing_mode, target_abandon_rate, caller_id, call_guide,
        calling_hours_from, calling_hours_to, scheduled_start, survey_id, survey_version
        """;

    public async Task<long> CreateAsync(Campaign campaign, int? createdBy, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.ExecuteScalarAsync<long>(new CommandDefinition("""
            insert into campaigns (name, goal, channel, department_id, dialing_mode, target_abandon_rate, caller_id, call_guide,
                                   calling_hours_from, calling_hours_to, scheduled_start, survey_id, survey_version, created_by)
            values (@Name, @Goal, @Channel, @DepartmentId, @DialingMode, @TargetAbandonRate, @CallerId, @CallGuide,
                    @CallingHoursFrom, @CallingHoursTo, @ScheduledStart, @SurveyId, @SurveyVersion, @createdBy)
            returning id
            """, new
        {
            campaign.Name, campaign.Goal, campaign.Channel, campaign.DepartmentId, campaign.DialingMode, campaign.TargetAbandonRate,
            campaign.CallerId, campaign.CallGuide, campaign.CallingHoursFrom, campaign.CallingHoursTo, campaign.ScheduledStart,
            campaign.SurveyId, campaign.SurveyVersion, createdBy,
        }, cancellationToken: ct));
    }

    /// <summary>Rewrites a draft's columns (the wizard saves every step); false when the campaign is missing or no longer a draft.</summary>
    public async Task<bool> UpdateDraftAsync(Campaign campaign, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.ExecuteAsync(new CommandDefinition("""
            update campaigns set name = @Name, goal = @Goal, channel = @Channel, department_id = @DepartmentId,
                dialing_mode = @DialingMode, target_abandon_rate = @TargetAbandonRate, caller_id = @CallerId, call_guide = @CallGuide,
                calling_hours_from = @CallingHoursFrom, calling_hours_to = @CallingHoursTo, scheduled_start = @ScheduledStart,
                survey_id = @SurveyId, survey_version = @SurveyVersion, updated_at = now()
            where id = @Id and status = 'draft'
            """, campaign, cancellationToken: ct)) == 1;
    }

    /// <summary>Deletes a draft with its contact lists; false when the campaign is missing or past draft.</summary>
    public async Task<bool> DeleteDraftAsync(long id, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.ExecuteAsync(new CommandDefinition(
            "delete from campaigns where id = @id and status = 'draft'", new { id }, cancellationToken: ct)) == 1;
    }

    /// <summary>A page of the campaigns of the given departments (null = all), newest first, with their contact list sizes.</summary>
    public async Task<Subscribers.Page<CampaignListItem>> PageAsync(IReadOnlyList<int>? departmentIds, int page, int pageSize, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var args = new { all = departmentIds is null, ids = (departmentIds ?? []).ToArray(), limit = pageSize, offset = (long)(page - 1) * pageSize };
        await using var c = await db.OpenConnectionAsync(ct);
        var total = await c.ExecuteScalarAsync<long>(new CommandDefinition(
            "select count(*) from campaigns where @all or department_id = any(@ids)", args, cancellationToken: ct));
        var rows = await c.QueryAsync<CampaignListItem>(new CommandDefinition("""
            select c.id, c.name, c.channel, c.status, c.department_id, d.name as department_name, c.scheduled_start, c.updated_at,
                   coalesce(c.settings->>'scheduleTimeZone', 'UTC') as schedule_time_zone,
                   (select count(*) from contact_list_entries e join contact_lists l on l.id = e.contact_list_id
                    where l.campaign_id = c.id) as list_size
            from campaigns c join departments d on d.id = c.department_id
            where @all or c.department_id = any(@ids)
            order by c.id desc limit @limit offset @offset
            """, args, cancellationToken: ct));
        return new Subscribers.Page<CampaignListItem>(rows.ToList(), page, pageSize, total);
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
    public Task<IReadOnlyList<long>> IdsInStatusAsync(string status, CancellationToken ct) =>
        IdsAsync("select id from campaigns where status = @status order by id", new { status }, ct);

    /// <summary>Scheduled campaigns whose start time has come (C3), oldest start first.</summary>
    public Task<IReadOnlyList<long>> DueToStartAsync(DateTimeOffset now, CancellationToken ct) =>
        IdsAsync("select id from campaigns where status = 'scheduled' and scheduled_start <= @now order by scheduled_start, id", new { now }, ct);

    /// <summary>Running or paused campaigns whose scheduled end (settings, written camelCase) has passed (C3).</summary>
    public Task<IReadOnlyList<long>> DueToStopAsync(DateTimeOffset now, CancellationToken ct) => IdsAsync("""
        select id from campaigns
        where status in ('running', 'paused') and (settings->>'scheduledEnd')::timestamptz <= @now order by id
        """, new { now }, ct);

    private async Task<IReadOnlyList<long>> IdsAsync(string sql, object parameters, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return (await c.QueryAsync<long>(new CommandDefinition(sql, parameters, cancellationToken: ct))).ToList();
    }
}
