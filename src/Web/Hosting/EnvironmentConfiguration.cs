namespace Outreach.Web.Hosting;

/// <summary>Maps the short environment variables of run.sh and README onto configuration keys.</summary>
public static class EnvironmentConfiguration
{
    public static IConfigurationBuilder AddOutreachEnvironment(this ConfigurationManager configuration)
    {
        var map = new Dictionary<string, string?>();
        if (Environment.GetEnvironmentVariable("OUTREACH_DB") is { Length: > 0 } db) map["Database:ConnectionString"] = db;
        if (Environment.GetEnvironmentVariable("OUTREACH_DEMO") is { Length: > 0 } demo) map["Demo:Enabled"] = demo;
        if (map.Count > 0) configuration.AddInMemoryCollection(map);
        return configuration;
    }
}
