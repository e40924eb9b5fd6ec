using System.CommandLine;

namespace Outreach.Cli.Commands;

/// <summary>The --db option shared by commands that use PostgreSQL; OUTREACH_DB is its default.</summary>
internal static class DatabaseOption
{
    public static Option<string?> Create() => new("--db")
    {
        Description = "Npgsql connection string (default: the OUTREACH_DB environment variable).",
    };

    /// <summary>The connection string to use, or null after writing a one-line error.</summary>
    public static string? Resolve(string? given, TextWriter error)
    {
        var cs = string.IsNullOrWhiteSpace(given) ? Environment.GetEnvironmentVariable("OUTREACH_DB") : given;
        if (!string.IsNullOrWhiteSpace(cs)) return cs;
        error.WriteLine("error: no database: pass --db \"Host=…;Database=…;Username=…;Password=…\" or set OUTREACH_DB");
        return null;
    }
}
