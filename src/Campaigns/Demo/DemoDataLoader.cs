using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using Outreach.Campaigns.Users;

namespace Outreach.Campaigns.Demo;

/// <summary>
/// Loads the demo base: departments, demo users, subscribers and facts (binary COPY), and a finished
/// past campaign with outcomes, so cards have history and the propensity model has something to learn.
/// </summary>
public sealed class DemoDataLoader(NpgsqlDataSource db, UserRepository users, DepartmentRepository departments, ILogger<DemoDataLoader> logger)
{
    /// <summary>True when demo data was loaded before (a demo user exists).</summary>
    public async Task<bool> IsLoadedAsync(CancellationToken ct) => await users.FindAsync("admin", ct) is not null;

    /// <summary>Idempotent for departments, users and the past campaign; subscribers are appended.</summary>
    public async Task LoadAsync(int subscribers, int seed, IProgress<long>? progress, CancellationToken ct)
    {
        var departmentIds = await EnsureDepartmentsAsync(ct);
        await EnsureUsersAsync(departmentIds, ct);
        var loaded = await LoadSubscribersAsync(subscribers, seed, progress, ct);
        await LoadPastCampaignAsync(departmentIds["Sales"], seed, ct);
        logger.LogInformation("Demo data loaded: {Subscribers} subscribers", loaded);
    }

    private async Task<Dictionary<string, int>> EnsureDepartmentsAsync(CancellationToken ct)
    {
        foreach (var name in DemoUsers.Departments) await departments.CreateAsync(name, ct);
        return (await departments.ListAsync(ct)).ToDictionary(d => d.Name, d => d.Id);
    }

    private async Task EnsureUsersAsync(Dictionary<string, int> departmentIds, CancellationToken ct)
    {
        foreach (var (username, displayName, department, role) in DemoUsers.All())
        {
            int? departmentId = department is null ? null : departmentIds[department];
            await users.CreateAsync(new NewUser(username, displayName, DemoUsers.Password, departmentId, [role], DemoUsers.SkillsOf(username)), ct);
        }
    }

    /// <summary>Appends <paramref name="count"/> generated subscribers after the highest existing id, in batches.</summary>
    public async Task<long> LoadSubscribersAsync(int count, int seed, IProgress<long>? progress, CancellationToken ct)
    {
        const int batchSize = 20_000;
        await using var c = await db.OpenConnectionAsync(ct);
        var firstId = await c.ExecuteScalarAsync<long>("select coalesce(max(id), 0) + 1 from subscribers");
        var generator = new DemoDataGenerator(seed + (int)firstId, DateOnly.FromDateTime(DateTime.UtcNow));
        long done = 0;
        foreach (var batch in generator.Generate(firstId, count).Chunk(batchSize))
        {
            await CopySubscribersAsync(c, batch, ct);
            await CopyFactsAsync(c, batch, ct);
            done += batch.Length;
            progress?.Report(done);
        }
        await c.ExecuteAsync("select setval('subscribers_id_seq', greatest((select max(id) from subscribers), 1))");
        return done;
    }

    private static async Task CopySubscribersAsync(NpgsqlConnection c, DemoSubscriber[] rows, CancellationToken ct)
    {
        await using var w = await c.BeginBinaryImportAsync("""
            copy subscribers (id, external_id, is_prospect, first_name, last_name, phone, email, sex, birth_date, region,
                              time_zone, language, tariff, products, balance, consent_call, consent_sms, consent_email)
            from stdin (format binary)
            """, ct);
        foreach (var s in rows.Select(r => r.Subscriber))
        {
            w.StartRow();
            w.Write(s.Id, NpgsqlDbType.Bigint);
            w.Write(s.ExternalId, NpgsqlDbType.Text);
            w.Write(s.IsProspect, NpgsqlDbType.Boolean);
            w.Write(s.FirstName, NpgsqlDbType.Text);
            w.Write(s.LastName, NpgsqlDbType.Text);
            w.Write(s.Phone, NpgsqlDbType.Text);
            WriteNullable(w, s.Email, NpgsqlDbType.Text);
            WriteNullable(w, s.Sex, NpgsqlDbType.Text);
            WriteNullable(w, s.BirthDate, NpgsqlDbType.Date);
            WriteNullable(w, s.Region, NpgsqlDbType.Text);
            w.Write(s.TimeZone, NpgsqlDbType.Text);
            w.Write(s.Language, NpgsqlDbType.Text);
            WriteNullable(w, s.Tariff, NpgsqlDbType.Text);
            w.Write(s.Products, NpgsqlDbType.Array | NpgsqlDbType.Text);
            w.Write(s.Balance, NpgsqlDbType.Numeric);
            w.Write(s.ConsentCall, NpgsqlDbType.Boolean);
            w.Write(s.ConsentSms, NpgsqlDbType.Boolean);
            w.Write(s.ConsentEmail, NpgsqlDbType.Boolean);
        }
        await w.CompleteAsync(ct);
    }

    private static async Task CopyFactsAsync(NpgsqlConnection c, DemoSubscriber[] rows, CancellationToken ct)
    {
        await using var w = await c.BeginBinaryImportAsync("""
            copy subscriber_facts (subscriber_id, calls_per_month, minutes_per_month, intl_calls_per_month, intl_calls_by_country,
                                   sms_per_month, data_mb_per_month, topups_per_month, topup_amount_per_month, arpu,
                                   tenure_months, last_active_on, interests)
            from stdin (format binary)
            """, ct);
        foreach (var f in rows.Select(r => r.Facts).OfType<Subscribers.SubscriberFacts>())
        {
            w.StartRow();
            w.Write(f.SubscriberId, NpgsqlDbType.Bigint);
            w.Write(f.CallsPerMonth, NpgsqlDbType.Integer);
            w.Write(f.MinutesPerMonth, NpgsqlDbType.Numeric);
            w.Write(f.IntlCallsPerMonth, NpgsqlDbType.Integer);
            w.Write(JsonSerializer.Serialize(f.IntlCallsByCountry), NpgsqlDbType.Jsonb);
            w.Write(f.SmsPerMonth, NpgsqlDbType.Integer);
            w.Write(f.DataMbPerMonth, NpgsqlDbType.Integer);
            w.Write(f.TopupsPerMonth, NpgsqlDbType.Integer);
            w.Write(f.TopupAmountPerMonth, NpgsqlDbType.Numeric);
            w.Write(f.Arpu, NpgsqlDbType.Numeric);
            w.Write(f.TenureMonths, NpgsqlDbType.Integer);
            WriteNullable(w, f.LastActiveOn, NpgsqlDbType.Date);
            w.Write(f.Interests, NpgsqlDbType.Array | NpgsqlDbType.Text);
        }
        await w.CompleteAsync(ct);
    }

    // Synchronous writes inside COPY: the buffer is flushed by Npgsql, and per-field awaits cost more than they save.
    private static void WriteNullable<T>(NpgsqlBinaryImporter w, T? value, NpgsqlDbType type)
    {
        if (value is null) w.WriteNull();
        else w.Write(value, type);
    }

    private async Task LoadPastCampaignAsync(int salesDepartmentId, int seed, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        if (await c.ExecuteScalarAsync<bool>(new CommandDefinition(
                "select exists (select 1 from campaigns where name = 'Spring 5G upsell')", cancellationToken: ct)))
            return;
        await using var tx = await c.BeginTransactionAsync(ct);
        await c.ExecuteAsync(new CommandDefinition("select setseed(@s)", new { s = (seed % 1000) / 1000.0 }, tx, cancellationToken: ct));
        var sql = PastCampaignSql.Replace("@department", salesDepartmentId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await c.ExecuteAsync(new CommandDefinition(sql, transaction: tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
    }

    // A finished upsell campaign one month ago: 1 in 10 non-prospect subscribers, outcomes drawn
    // with an acceptance chance that rises with data use and youth (a planted, learnable signal).
    private const string PastCampaignSql = """
        with c as (
            insert into campaigns (name, goal, status, department_id, dialing_mode, caller_id, call_guide)
            values ('Spring 5G upsell', 'Move heavy data users to Unlimited', 'finished', @department, 'predictive', '+12125550100',
                    'Greet, confirm identity, present the 5G Unlimited offer.')
            returning id),
        l as (insert into contact_lists (campaign_id, name, frozen_at) select id, 'Spring 5G upsell list', now() - interval '40 days' from c returning id, campaign_id),
        e as (
            insert into contact_list_entries (contact_list_id, subscriber_id, phone, status, attempts_made)
            select l.id, s.id, s.phone, 'done', 1 from l, subscribers s where not s.is_prospect and s.id % 10 = 3
            returning id, subscriber_id, phone),
        draws as (
            select e.*, random() as r1, random() as r2, f.data_mb_per_month, extract(year from age(s.birth_date)) as age
            from e join subscribers s on s.id = e.subscriber_id join subscriber_facts f on f.subscriber_id = e.subscriber_id)
        insert into attempts (entry_id, attempt_number, campaign_id, subscriber_id, phone, created_at, placed_at, answered_at, ended_at,
                              outcome, answer_class, connect_result, agent_id, disposition_code)
        select d.id, 1, (select id from c), d.subscriber_id, d.phone,
               now() - interval '35 days' + (d.r1 * interval '5 days'), now() - interval '35 days' + (d.r1 * interval '5 days'),
               case when d.r2 < 0.45 then now() - interval '35 days' + (d.r1 * interval '5 days') + interval '12 seconds' end,
               now() - interval '35 days' + (d.r1 * interval '5 days') + interval '3 minutes',
               case when d.r2 < 0.45 then 'answered' when d.r2 < 0.6 then 'busy' else 'no_answer' end,
               case when d.r2 < 0.45 then 'human' end,
               case when d.r2 < 0.45 then 'connected' end,
               case when d.r2 < 0.45 then (select id from users where username = 'agent' || (1 + (d.subscriber_id % 14))) end,
               case when d.r2 < 0.45 then
                   case when random() < 0.1 + 0.5 * least(d.data_mb_per_month / 40000.0, 1) + 0.2 * greatest(0, (45 - d.age) / 27.0)
                        then 'accepted' else 'declined' end end
        from draws d
        """;
}
