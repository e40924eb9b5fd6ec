using System.Runtime.CompilerServices;

namespace Outreach.Campaigns.Storage;

/// <summary>Teaches Dapper our snake_case columns once, when the assembly loads.</summary>
internal static class DapperConventions
{
    // A library may set this global: Outreach.Campaigns is the only Dapper user in the process.
#pragma warning disable CA2255
    [ModuleInitializer]
    internal static void Apply() => Dapper.DefaultTypeMap.MatchNamesWithUnderscores = true;
#pragma warning restore CA2255
}
