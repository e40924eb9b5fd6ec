using System.Text.Encodings.Web;
using System.Text.Json;
using Outreach.Segmentation.Tabular;

namespace Outreach.Cli.Commands;

/// <summary>What the CSV analysis commands share: loading a file, checking columns, one-line errors, JSON out.</summary>
internal static class CsvCommandInput
{
    /// <summary>Exit code for input the command cannot use (missing file or column, unusable data).</summary>
    public const int InputError = 2;

    // Relaxed escaping: the JSON is read by people and tools, never embedded in HTML, so quotes stay quotes.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Reads the file and checks that every named column exists; on failure writes one line and returns null.</summary>
    public static CsvReadResult? Load(string path, IEnumerable<string?> requiredColumns, TextWriter error, CancellationToken ct)
    {
        if (!File.Exists(path))
            return Fail(error, $"file not found: {path}");
        CsvReadResult result;
        try
        {
            result = new CsvTableReader().ReadFile(path, ct);
        }
        catch (InvalidDataException e)
        {
            return Fail(error, $"{path}: {e.Message}");
        }
        var missing = requiredColumns.FirstOrDefault(c => c is not null && result.Table.Find(c) is null);
        if (missing is not null)
        {
            var columns = string.Join(", ", result.Table.Columns.Select(c => c.Name));
            return Fail(error, $"column '{missing}' not found in {path} (columns: {columns})");
        }
        return result;
    }

    public static int Error(TextWriter error, string message)
    {
        error.WriteLine("error: " + message.ReplaceLineEndings(" "));
        return InputError;
    }

    public static int WriteJson(TextWriter output, object value)
    {
        output.WriteLine(JsonSerializer.Serialize(value, Json));
        return 0;
    }

    public static object Skipped(IEnumerable<SkippedRow> rows) =>
        rows.Select(r => new { line = r.Line, reason = r.Reason }).ToArray();

    private static CsvReadResult? Fail(TextWriter error, string message)
    {
        Error(error, message);
        return null;
    }
}
