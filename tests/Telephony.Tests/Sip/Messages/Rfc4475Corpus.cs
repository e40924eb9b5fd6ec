namespace Outreach.Telephony.Tests.Sip.Messages;

/// <summary>Reads the RFC 4475 torture messages from ../shared/sip/rfc4475 beside the repository root (data, not copied into the repo).</summary>
internal static class Rfc4475Corpus
{
    private static readonly Lazy<string> Folder = new(Find);

    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Folder.Value, name + ".dat"));

    public static IEnumerable<string> AllNames() =>
        Directory.GetFiles(Folder.Value, "*.dat").Select(f => Path.GetFileNameWithoutExtension(f)!).Order();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Outreach.sln"))) continue;
            var folder = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "sip", "rfc4475"));
            if (Directory.Exists(folder)) return folder;
            throw new DirectoryNotFoundException("RFC 4475 corpus not found at " + folder);
        }
        throw new DirectoryNotFoundException("repository root (Outreach.sln) not found above " + AppContext.BaseDirectory);
    }
}
