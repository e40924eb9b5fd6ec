namespace Outreach.AnswerClassification.Tests.Corpus;

/// <summary>
/// The generated corpus, made once per machine into ~/.cache/outreach/amd-corpus/&lt;version&gt;/ (or
/// $OUTREACH_AMD_CORPUS) and reused afterwards. Generation writes to a temporary folder that is moved into
/// place when complete, so an interrupted run or a second test process never sees half a corpus.
/// </summary>
internal static class CorpusCache
{
    /// <summary>Bump when the plan, texts or rendering change, so a stale cache is not used.</summary>
    public const string GeneratorVersion = "v4";

    private static readonly Lazy<Task<string>> Ready = new(() => EnsureAsync(CancellationToken.None));

    /// <summary>The corpus root, generated first if missing.</summary>
    public static Task<string> RootAsync() => Ready.Value;

    /// <summary>The folder of one split.</summary>
    public static async Task<string> SplitAsync(CorpusSplit split) => Path.Combine(await RootAsync(), CorpusGenerator.SplitFolder(split));

    private static async Task<string> EnsureAsync(CancellationToken ct)
    {
        var root = Environment.GetEnvironmentVariable("OUTREACH_AMD_CORPUS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "outreach", "amd-corpus", GeneratorVersion);
        if (File.Exists(Path.Combine(root, "complete")))
            return root;
        Directory.CreateDirectory(Path.GetDirectoryName(root)!);
        var staging = $"{root}.staging-{Environment.ProcessId}";
        if (Directory.Exists(staging))
            Directory.Delete(staging, recursive: true);
        try
        {
            await CorpusGenerator.GenerateAsync(staging, ct);
            await File.WriteAllTextAsync(Path.Combine(staging, "complete"), DateTime.UtcNow.ToString("O"), ct);
        }
        catch
        {
            Directory.Delete(staging, recursive: true);
            throw;
        }
        try
        {
            if (Directory.Exists(root) && !File.Exists(Path.Combine(root, "complete")))
                Directory.Delete(root, recursive: true);
            Directory.Move(staging, root);
        }
        catch (IOException) when (File.Exists(Path.Combine(root, "complete")))
        {
            Directory.Delete(staging, recursive: true);
        }
        return root;
    }
}
