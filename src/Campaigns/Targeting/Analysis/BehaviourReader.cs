using System.Globalization;
using Dapper;
using Npgsql;

namespace Outreach.Campaigns.Targeting.Analysis;

/// <summary>
/// Reads every subscriber's numeric and categorical card fields and behaviour facts for clustering,
/// pattern mining and propensity: fixed columns, plus yes/no flags for the most held products and
/// interests and call counts for the most called countries (found in the data, passed as parameters).
/// </summary>
public sealed class BehaviourReader(NpgsqlDataSource db)
{
    /// <summary>How many products, interests and countries become columns of their own.</summary>
    public const int TopListItems = 8;
    public const int TopCountries = 5;

    private static readonly string[] FlagCategories = ["no", "yes"];

    public async Task<BehaviourSnapshot> ReadAsync(IProgress<double>? progress, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var total = await c.ExecuteScalarAsync<long>(new CommandDefinition("select count(*) from subscribers", cancellationToken: ct));
        var specs = await SpecsAsync(c, ct);
        var sql = "select s.id, " + string.Join(", ", specs.Select((s, i) => $"{s.Sql} as c{i}"))
            + " from subscribers s left join subscriber_facts f on f.subscriber_id = s.id order by s.id";
        await using var command = new NpgsqlCommand(sql, c) { CommandTimeout = 600 };
        for (var i = 0; i < specs.Count; i++)
        {
            if (specs[i].Argument is { } argument)
                command.Parameters.AddWithValue("v" + i.ToString(CultureInfo.InvariantCulture), argument);
        }
        var builders = specs.Select(s => new BehaviourColumnBuilder(s)).ToArray();
        var ids = new List<long>((int)Math.Min(total, int.MaxValue));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetInt64(0));
            for (var i = 0; i < builders.Length; i++)
                builders[i].Add(reader, i + 1);
            if (ids.Count % 50_000 == 0)
                progress?.Report(total == 0 ? 1 : Math.Min(1, (double)ids.Count / total));
        }
        progress?.Report(1);
        return new BehaviourSnapshot([.. ids], builders.Select(b => b.Build()).ToArray());
    }

    private static async Task<IReadOnlyList<BehaviourSpec>> SpecsAsync(NpgsqlConnection c, CancellationToken ct)
    {
        var specs = new List<BehaviourSpec>(FixedSpecs);
        foreach (var product in await TopAsync(c, "select p from subscribers, unnest(products) p", TopListItems, ct))
            specs.Add(new("has " + product, BehaviourKind.Flag, "products", product, "{0} = any(s.products)"));
        foreach (var interest in await TopAsync(c, "select i from subscriber_facts, unnest(interests) i", TopListItems, ct))
            specs.Add(new("asked about " + interest, BehaviourKind.Flag, "interests", interest, "coalesce({0} = any(f.interests), false)"));
        foreach (var country in await TopAsync(c, "select k from subscriber_facts, jsonb_object_keys(intl_calls_by_country) k", TopCountries, ct))
            specs.Add(new($"calls to {country} per month", BehaviourKind.Number, "intlCallsTo:" + country, country,
                "coalesce((f.intl_calls_by_country ->> {0})::real, 0)"));
        // Names must be unique whatever their case ("TV" and "tv" would clash as columns).
        return specs.DistinctBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .Select((s, i) => s.Argument is null ? s : s with { Sql = string.Format(CultureInfo.InvariantCulture, s.Sql, "@v" + i.ToString(CultureInfo.InvariantCulture)) })
            .ToArray();
    }

    // The most frequent values of a list attribute; the values come from the data and go back only as parameters.
    private static async Task<IReadOnlyList<string>> TopAsync(NpgsqlConnection c, string values, int limit, CancellationToken ct) =>
        (await c.QueryAsync<string>(new CommandDefinition(
            $"select v from ({values}) as t(v) where v is not null and v <> '' group by v order by count(*) desc, v limit @limit",
            new { limit }, cancellationToken: ct))).ToArray();

    private static readonly BehaviourSpec[] FixedSpecs =
    [
        Number("age", "extract(year from age(s.birth_date))::real"),
        Number("balance", "s.balance::real"),
        Number("callsPerMonth", "f.calls_per_month::real"),
        Number("minutesPerMonth", "f.minutes_per_month::real"),
        Number("intlCallsPerMonth", "f.intl_calls_per_month::real"),
        Number("smsPerMonth", "f.sms_per_month::real"),
        Number("dataMbPerMonth", "f.data_mb_per_month::real"),
        Number("topupsPerMonth", "f.topups_per_month::real"),
        Number("topupAmountPerMonth", "f.topup_amount_per_month::real"),
        Number("arpu", "f.arpu::real"),
        Number("tenureMonths", "f.tenure_months::real"),
        Category("sex", "s.sex"),
        Category("region", "s.region"),
        Category("language", "s.language"),
        Category("tariff", "s.tariff"),
    ];

    private static BehaviourSpec Number(string name, string sql) => new(name, BehaviourKind.Number, name, null, sql);

    private static BehaviourSpec Category(string name, string sql) => new(name, BehaviourKind.Category, name, null, sql);

    internal static IReadOnlyList<string> Flags => FlagCategories;
}
