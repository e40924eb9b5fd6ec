namespace Outreach.Campaigns.Import;

/// <summary>Opens a CSV or Excel (.xlsx) import file, chosen by the file name's extension.</summary>
public static class TabularFile
{
    public static bool IsSupported(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".csv" or ".txt" or ".xlsx";

    /// <summary>Opens the stream (it is owned by the sheet); throws <see cref="InvalidDataException"/> for a file it cannot read.</summary>
    public static ITabularSheet Open(Stream stream, string fileName)
    {
        if (!IsSupported(fileName))
            throw new InvalidDataException($"'{Path.GetFileName(fileName)}' is neither a CSV nor an Excel .xlsx file.");
        return Path.GetExtension(fileName).Equals(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? XlsxSheet.Open(stream)
            : CsvSheet.Open(stream);
    }
}
