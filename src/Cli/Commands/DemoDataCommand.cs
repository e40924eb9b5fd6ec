using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Outreach.Campaigns.Demo;
using Outreach.Campaigns.Storage;
using Outreach.Campaigns.Users;
using Spectre.Console;

namespace Outreach.Cli.Commands;

/// <summary>`outreach demo-data`: the demo base the app loads in demo mode, of any size, with a progress bar.</summary>
internal static class DemoDataCommand
{
    public static Command Create()
    {
        var db = DatabaseOption.Create();
        var subscribers = new Option<int>("--subscribers") { Description = "How many subscribers to add.", DefaultValueFactory = _ => 50_000 };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same base.", DefaultValueFactory = _ => 42 };
        var command = new Command("demo-data", "Add generated subscribers, behaviour facts, departments and the demo users.") { db, subscribers, seed };
        command.Validators.Add(r =>
        {
            if (r.GetValue(subscribers) is < 1 or > 10_000_000) r.AddError("--subscribers must be from 1 to 10,000,000.");
        });
        command.SetAction(async (ParseResult p, CancellationToken ct) =>
        {
            var cs = DatabaseOption.Resolve(p.GetValue(db), Console.Error);
            return cs is null ? 2 : await RunAsync(cs, p.GetValue(subscribers), p.GetValue(seed), ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(string connectionString, int count, int seed, CancellationToken ct)
    {
        await new SchemaMigrator(NullLogger<SchemaMigrator>.Instance).MigrateAsync(connectionString, ct);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var loader = new DemoDataLoader(dataSource, new UserRepository(dataSource), new DepartmentRepository(dataSource),
            NullLogger<DemoDataLoader>.Instance);
        var clock = Stopwatch.StartNew();
        await AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) })
            .Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("Generating subscribers", maxValue: count);
                await loader.LoadAsync(count, seed, new Progress<long>(n => task.Value = n), ct);
                task.Value = count;
            });
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"{{\"subscribers\": {count}, \"seconds\": {seconds:F2}, \"perSecond\": {count / seconds:F0}}}");
        return 0;
    }
}
