using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace Outreach.Campaigns.Targeting;

/// <summary>
/// T5: the subscribers of a segment a campaign may call — minus the global and campaign do-not-call lists,
/// those who opted out of calls and those contacted in the last N days — counted, previewed in dialling order
/// (propensity or a fixed priority), or frozen into a contact list.
/// </summary>
public sealed class TargetingListRepository(NpgsqlDataSource db)
{
    public const int PreviewSize = 20;

    // Appended to the segment's WHERE; only @campaign_id, @quiet_days and @campaign_type are ours, the segment's are @p0, @p1, …
    private const string Callable = """
        s.consent_call
        and not exists (select 1 from dnc d where d.phone = s.phone and (d.campaign_id is null or d.campaign_id = @campaign_id))
        and not exists (select 1 from attempts a where a.subscriber_id = s.id and a.created_at > now() - make_interval(days => @quiet_days))
        """;

    // Joined after the segment's FROM: the subscriber's score for the chosen campaign type, if any.
    private const string Scores = "left join propensity_scores ps on ps.subscriber_id = s.id and ps.campaign_type = @campaign_type";

    private const string DiallingOrder = "ps.score desc nulls last, s.id";

    public async Task<long> CountAsync(long campaignId, SegmentQuery segment, int quietDays, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        await using var command = Command(c, segment, campaignId, new ListOrder(quietDays),
            $"select count(*) from {segment.From} where ({segment.Where}) and {Callable}");
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>The first <see cref="PreviewSize"/> subscribers in the order they would be dialled.</summary>
    public async Task<IReadOnlyList<ListPreviewRow>> PreviewAsync(long campaignId, SegmentQuery segment, ListOrder order, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        await using var command = Command(c, segment, campaignId, order, $"""
            select s.id, s.first_name, s.last_name, s.phone, ps.score from {segment.From} {Scores}
            where ({segment.Where}) and {Callable} order by {DiallingOrder} limit {PreviewSize}
            """);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return reader.Parse<ListPreviewRow>().ToList();
    }

    /// <summary>Creates the campaign's list and fills it in one statement; the list is frozen (later changes to the base do not move it).</summary>
    public async Task<FrozenList> FreezeAsync(long campaignId, string name, SegmentQuery segment, int quietDays, CancellationToken ct) =>
        await FreezeAsync(campaignId, name, segment, new ListOrder(quietDays), ct)
        ?? throw new InvalidOperationException($"Campaign {campaignId} is missing or no longer a draft.");

    /// <summary>
    /// Replaces a draft campaign's contact list with the segment's callable subscribers, priorities from the order, in one
    /// transaction; null when the campaign is missing or past draft (a running list never moves under the engine).
    /// </summary>
    public async Task<FrozenList?> FreezeAsync(long campaignId, string name, SegmentQuery segment, ListOrder order, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var status = await c.ExecuteScalarAsync<string?>(new CommandDefinition(
            "select status from campaigns where id = @campaignId for update", new { campaignId }, tx, cancellationToken: ct));
        if (status != "draft") return null;
        await c.ExecuteAsync(new CommandDefinition("delete from contact_lists where campaign_id = @campaignId", new { campaignId }, tx, cancellationToken: ct));
        var priority = order.ByPropensity ? ListOrder.ScorePriority : "@priority";
        await using var command = Command(c, segment, campaignId, order, $"""
            with l as (insert into contact_lists (campaign_id, name, frozen_at) values (@campaign_id, @list_name, now()) returning id),
            e as (
                insert into contact_list_entries (contact_list_id, subscriber_id, phone, priority)
                select (select id from l), s.id, s.phone, {priority} from {segment.From} {Scores}
                where ({segment.Where}) and {Callable} order by {DiallingOrder}
                returning 1)
            select (select id from l), (select count(*) from e)
            """);
        command.Transaction = tx;
        command.Parameters.AddWithValue("list_name", name);
        command.Parameters.AddWithValue("priority", order.Priority);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var frozen = new FrozenList(reader.GetInt64(0), reader.GetInt64(1));
        await reader.CloseAsync();
        await tx.CommitAsync(ct);
        return frozen;
    }

    /// <summary>The campaign types that have stored scores; empty until the propensity model has scored the base.</summary>
    public async Task<IReadOnlyList<ScoreType>> ScoreTypesAsync(CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var rows = await c.QueryAsync<ScoreType>(new CommandDefinition(
            "select campaign_type, count(*) as scored from propensity_scores group by campaign_type order by campaign_type", cancellationToken: ct));
        return rows.ToList();
    }

    private static NpgsqlCommand Command(NpgsqlConnection c, SegmentQuery segment, long campaignId, ListOrder order, string sql)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(order.RecentContactDays);
        var command = SegmentRepository.Command(c, segment, sql);
        command.Parameters.AddWithValue("campaign_id", campaignId);
        command.Parameters.AddWithValue("quiet_days", order.RecentContactDays);
        command.Parameters.Add(new NpgsqlParameter("campaign_type", NpgsqlDbType.Text) { Value = (object?)order.PropensityType ?? DBNull.Value });
        return command;
    }
}
