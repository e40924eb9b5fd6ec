namespace Outreach.Segmentation.Tabular;

/// <summary>Makes header names usable as column names: none blank, none repeated.</summary>
internal static class ColumnNames
{
    public static string[] Unique(IReadOnlyList<string> header)
    {
        if (header.Count == 0)
            throw new InvalidDataException("the file is empty: it has no header line");
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new string[header.Count];
        for (var i = 0; i < header.Count; i++)
        {
            var name = string.IsNullOrWhiteSpace(header[i]) ? $"column{i + 1}" : header[i].Trim();
            var unique = name;
            for (var n = 2; !seen.Add(unique); n++)
                unique = $"{name}_{n}";
            names[i] = unique;
        }
        return names;
    }
}
