namespace Outreach.Cli.Tests;

/// <summary>A temporary CSV file for the model-evaluate and segment command tests, deleted on dispose.</summary>
internal sealed class SegmentationCsvFile(string prefix) : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}.csv");

    public string Write(string content)
    {
        File.WriteAllText(Path, content);
        return Path;
    }

    public void Dispose() => File.Delete(Path);
}
