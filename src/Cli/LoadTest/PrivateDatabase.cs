namespace Outreach.Cli.LoadTest;

/// <summary>The private PostgreSQL that run.sh keeps under .data (port and password files), found from the current folder up.</summary>
internal static class PrivateDatabase
{
    public static string? Find()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var data = Path.Combine(dir.FullName, ".data");
            var port = Path.Combine(data, "pg.port");
            var password = Path.Combine(data, "pg.password");
            if (File.Exists(Path.Combine(dir.FullName, "run.sh")) && File.Exists(port) && File.Exists(password))
                return $"Host=127.0.0.1;Port={File.ReadAllText(port).Trim()};Database=outreach;Username=outreach;Password={File.ReadAllText(password).Trim()}";
        }
        return null;
    }
}
