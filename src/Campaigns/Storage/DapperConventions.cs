using System.Data;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Dapper;

namespace Outreach.Campaigns.Storage;

/// <summary>Teaches Dapper our snake_case columns and jsonb counters once, when the assembly loads.</summary>
internal static class DapperConventions
{
    // A library may set these globals: Outreach.Campaigns is the only Dapper user in the process.
#pragma warning disable CA2255
    [ModuleInitializer]
    internal static void Apply()
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        SqlMapper.AddTypeHandler(new CountsByKeyHandler());
    }
#pragma warning restore CA2255

    /// <summary>jsonb objects of counts such as intl_calls_by_country ({"UA": 12}).</summary>
    private sealed class CountsByKeyHandler : SqlMapper.TypeHandler<IReadOnlyDictionary<string, int>>
    {
        public override IReadOnlyDictionary<string, int> Parse(object value) =>
            JsonSerializer.Deserialize<Dictionary<string, int>>((string)value) ?? [];

        public override void SetValue(IDbDataParameter parameter, IReadOnlyDictionary<string, int>? value)
        {
            parameter.Value = JsonSerializer.Serialize(value ?? new Dictionary<string, int>());
            if (parameter is Npgsql.NpgsqlParameter npgsql) npgsql.NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Jsonb;
        }
    }
}
