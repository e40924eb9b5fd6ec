using Npgsql;

namespace Outreach.Campaigns.Targeting;

/// <summary>
/// T5: the subscribers of a segment a campaign may call — minus the global and campaign do-not-call lists,
/// those who opted out of calls and those contacted in the last N days — counted, or frozen into a contact list.
/// </summary>
public sealed class TargetingListRepository(NpgsqlDataSource db)
{
    // Appended to the segment's WHERE; only @campaign_id and @quiet_days are ours, the segment's are @p0, @p1, …
    private const string Callable = """
        s.consent_call
        and not exists (select 1 from dnc d where d.phone = s.phone and (d.campaign_id is null or d.campaign_id = @campaign_id))
        and not exists (select 1 from attempts a where a.subscriber_id = s.id and a.created_at > now() - make_interval(days => @quiet_days))
        """;

    public async Task<long> CountAsync(long campaignId, SegmentQuery segment, int quietDays, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        await using var command = Command(c, segment, campaignId, quietDays,
            $"select count(*) from {segment.From} where ({segment.Where}) and {Callable}");
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Creates the campaign's list and fills it in one statement; the list is frozen (later changes to the base do not move it).</summary>
    public async Task<FrozenList> FreezeAsync(long campaignId, string name, SegmentQuery segment, int quietDays, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        await using var command = Command(c, segment, campaignId, quietDays, $"""
            with l as (insert into contact_lists (campaign_id, name, frozen_at) values (@campaign_id, @list_name, now()) returning id),
            e as (
                insert into contact_list_entries (contact_list_id, subscriber_id, phone, priority)
                select (select id from l), s.id, s.phone, 0 from {segment.From} where ({segment.Where}) and {Callable}
                returning 1)
            select (select id from l), (select count(*) from e)
            """);
        command.Transaction = tx;
        command.Parameters.AddWithValue("list_name", name);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var frozen = new FrozenList(reader.GetInt64(0), reader.GetInt64(1));
        await reader.CloseAsync();
        await tx.CommitAsync(ct);
        return frozen;
    }

    private static NpgsqlCommand Command(NpgsqlConnection c, SegmentQuery segment, long campaignId, int quietDays, string sql)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(quietDays);
        var command = SegmentRepository.Command(c, segment, sql);
        command.Parameters.AddWithValue("campaign_id", campaignId);
        command.Parameters.AddWithValue("quiet_days", quietDays);
        return command;
    }
}
