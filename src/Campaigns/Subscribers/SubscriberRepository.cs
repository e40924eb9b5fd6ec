using Dapper;
using Npgsql;

namespace Outreach.Campaigns.Subscribers;

/// <summary>Reads the subscriber base: searchable pages and full cards.</summary>
public sealed class SubscriberRepository(NpgsqlDataSource db)
{
    public const int MaxPageSize = 200;

    /// <summary>A page of subscribers whose name, phone or email contains the search text (any case).</summary>
    public async Task<Page<SubscriberListItem>> SearchAsync(string? search, int page, int pageSize, CancellationToken ct)
    {
        if (page < 1) throw new ArgumentOutOfRangeException(nameof(page), "Pages start at 1.");
        if (pageSize is < 1 or > MaxPageSize) throw new ArgumentOutOfRangeException(nameof(pageSize), $"Page size is 1–{MaxPageSize}.");
        var pattern = string.IsNullOrWhiteSpace(search) ? null : "%" + EscapeLike(search.Trim()) + "%";
        const string where = """
            where @pattern::text is null
               or (first_name || ' ' || last_name || ' ' || phone || ' ' || coalesce(email, '')) ilike @pattern
            """;
        var args = new { pattern, limit = pageSize, offset = (long)(page - 1) * pageSize };
        await using var c = await db.OpenConnectionAsync(ct);
        var total = await c.ExecuteScalarAsync<long>(new CommandDefinition(
            $"select count(*) from subscribers {where}", args, cancellationToken: ct));
        var items = await c.QueryAsync<SubscriberListItem>(new CommandDefinition($"""
            select id, first_name, last_name, phone, email, region, tariff, balance, is_prospect
            from subscribers {where}
            order by last_name, first_name, id limit @limit offset @offset
            """, args, cancellationToken: ct));
        return new Page<SubscriberListItem>(items.ToList(), page, pageSize, total);
    }

    public async Task<SubscriberCard?> GetCardAsync(long id, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var subscriber = await c.QuerySingleOrDefaultAsync<Subscriber>(new CommandDefinition(
            "select * from subscribers where id = @id", new { id }, cancellationToken: ct));
        if (subscriber is null) return null;
        var facts = await c.QuerySingleOrDefaultAsync<SubscriberFacts>(new CommandDefinition(
            "select * from subscriber_facts where subscriber_id = @id", new { id }, cancellationToken: ct));
        var onDnc = await c.ExecuteScalarAsync<bool>(new CommandDefinition(
            "select exists (select 1 from dnc where phone = @Phone and campaign_id is null)", subscriber, cancellationToken: ct));
        var history = await c.QueryAsync<ContactHistoryItem>(new CommandDefinition("""
            select a.id as attempt_id, c.name as campaign_name, a.created_at, a.outcome, a.answer_class, a.connect_result,
                   a.disposition_code, u.display_name as agent_name, a.notes
            from attempts a join campaigns c on c.id = a.campaign_id left join users u on u.id = a.agent_id
            where a.subscriber_id = @id order by a.created_at desc limit 200
            """, new { id }, cancellationToken: ct));
        var answers = await c.QueryAsync<SurveyAnswerItem>(new CommandDefinition("""
            select s.title as survey_title, a.version, a.step_id, a.value, a.answered_at
            from survey_answers a join surveys s on s.id = a.survey_id
            where a.subscriber_id = @id and a.discarded_at is null
            order by a.answered_at desc, a.id desc limit 200
            """, new { id }, cancellationToken: ct));
        return new SubscriberCard(subscriber, facts, onDnc, history.ToList(), answers.ToList());
    }

    /// <summary>How many subscribers the base holds (prospects included).</summary>
    public async Task<long> CountAsync(CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.ExecuteScalarAsync<long>(new CommandDefinition("select count(*) from subscribers", cancellationToken: ct));
    }

    // The search text is a value, never SQL; this only stops % and _ from acting as wildcards.
    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
