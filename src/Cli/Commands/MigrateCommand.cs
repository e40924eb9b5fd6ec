using System.CommandLine;
using Microsoft.Extensions.Logging.Abstractions;
using Outreach.Campaigns.Storage;

namespace Outreach.Cli.Commands;

/// <summary>`outreach migrate`: brings a database's schema up to date (the app also does this at start-up).</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var db = DatabaseOption.Create();
        var command = new Command("migrate", "Apply pending schema migrations.") { db };
        command.SetAction(async (ParseResult p, CancellationToken ct) =>
        {
            var cs = DatabaseOption.Resolve(p.GetValue(db), Console.Error);
            if (cs is null) return 2;
            var applied = await new SchemaMigrator(NullLogger<SchemaMigrator>.Instance).MigrateAsync(cs, ct);
            Console.WriteLine(applied.Count == 0 ? "Schema is current." : $"Applied: {string.Join(", ", applied)}");
            return 0;
        });
        return command;
    }
}
