namespace Outreach.Campaigns.Storage;

/// <summary>Where the system of record lives.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>An Npgsql connection string; run.sh and test.sh fill it from OUTREACH_DB.</summary>
    public string ConnectionString { get; set; } = "";
}
