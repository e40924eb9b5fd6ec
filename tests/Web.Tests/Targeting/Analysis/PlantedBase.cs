using Dapper;
using Npgsql;

namespace Outreach.Web.Tests.Targeting.Analysis;

/// <summary>
/// A small generated base with planted structure, written straight to PostgreSQL: three behaviour groups
/// (subscriber id mod 3: young heavy data; middle-aged heavy SMS; older heavy calls), and optionally
/// UA callers who all hold a Roaming Pack, and a finished campaign whose outcomes follow the groups.
/// </summary>
internal static class PlantedBase
{
    public const int Groups = 3;

    public static int GroupOf(long subscriberId) => (int)(subscriberId % Groups);

    public static async Task SeedAsync(NpgsqlDataSource db, int subscribers, bool uaRoaming, bool outcomes, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        // Once per test class (its database), whichever test comes first.
        if (await c.ExecuteScalarAsync<bool>(new CommandDefinition("select exists (select 1 from subscribers)", cancellationToken: ct)))
            return;
        await c.ExecuteAsync(new CommandDefinition("select setseed(0.42)", cancellationToken: ct));
        await c.ExecuteAsync(new CommandDefinition(Subscribers, new { n = subscribers, ua = uaRoaming }, cancellationToken: ct));
        if (outcomes)
            await c.ExecuteAsync(new CommandDefinition(Outcomes, cancellationToken: ct));
    }

    // Group means (age, balance, data MB, SMS, calls) with seeded noise; every 25th subscriber calls UA when planted.
    private const string Subscribers = """
        insert into subscribers (id, external_id, phone, birth_date, balance, products)
        select g, 'P-' || g, '+1212555' || lpad(g::text, 4, '0'),
               current_date - ((array[25, 45, 65])[g % 3 + 1] * 365 + (random() * 700)::int),
               (array[5, 50, 100])[g % 3 + 1] + random() * 10,
               case when @ua and g % 25 = 0 then array['Mobile', 'Roaming Pack'] else array['Mobile'] end
        from generate_series(1, @n) g;
        insert into subscriber_facts (subscriber_id, calls_per_month, minutes_per_month, sms_per_month, data_mb_per_month,
                                      intl_calls_by_country, intl_calls_per_month)
        select g, ((array[20, 60, 400])[g % 3 + 1] + random() * 30)::int, (array[50, 150, 1200])[g % 3 + 1] + random() * 60,
               ((array[40, 300, 20])[g % 3 + 1] + random() * 40)::int, ((array[30000, 3000, 500])[g % 3 + 1] + random() * 2000)::int,
               case when @ua and g % 25 = 0 then '{"UA": 10}'::jsonb else '{}'::jsonb end,
               case when @ua and g % 25 = 0 then 10 else 0 end
        from generate_series(1, @n) g;
        select setval('subscribers_id_seq', @n);
        """;

    // Group 0 (young, heavy data) accepted 9 times in 10, the others 1 in 20.
    private const string Outcomes = """
        insert into departments (name) values ('Planted sales');
        with c as (insert into campaigns (name, status, department_id)
                   select 'Planted offer', 'finished', id from departments where name = 'Planted sales' returning id),
        l as (insert into contact_lists (campaign_id, name) select id, 'Planted list' from c returning id),
        e as (insert into contact_list_entries (contact_list_id, subscriber_id, phone, status)
              select l.id, s.id, s.phone, 'done' from l, subscribers s returning id, subscriber_id, phone)
        insert into attempts (entry_id, attempt_number, campaign_id, subscriber_id, phone, disposition_code)
        select e.id, 1, (select id from c), e.subscriber_id, e.phone,
               case when random() < (case when e.subscriber_id % 3 = 0 then 0.9 else 0.05 end) then 'accepted' else 'declined' end
        from e;
        """;
}
