namespace Outreach.Web.Surveys;

/// <summary>Publishes the sample customer-satisfaction survey (docs/examples) when the demo base is first loaded.</summary>
public static class DemoSurvey
{
    private const string Resource = "Outreach.Web.DemoSurvey.json";

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var stream = typeof(DemoSurvey).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded resource {Resource} is missing.");
        var json = await new StreamReader(stream).ReadToEndAsync(ct);
        var surveys = services.GetRequiredService<SurveyService>();
        var imported = await surveys.ImportAsync(json, "demo", ct);
        var published = imported.Succeeded ? await surveys.PublishAsync(imported.SurveyId!, "demo", ct) : imported;
        if (!published.Succeeded)
            throw new InvalidOperationException("The demo survey did not publish: " + string.Join("; ", published.Problems.Select(p => p.Message)));
    }
}
