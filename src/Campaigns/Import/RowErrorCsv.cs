using System.Globalization;
using System.Text;

namespace Outreach.Campaigns.Import;

/// <summary>The rejected rows as a CSV a marketer can open next to the file and fix (line, column, reason).</summary>
public static class RowErrorCsv
{
    public static string Write(IEnumerable<RowError> errors)
    {
        var text = new StringBuilder("line,column,reason\n");
        foreach (var e in errors)
            text.Append(e.Line.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Quote(e.Column ?? "")).Append(',').Append(Quote(e.Reason)).Append('\n');
        return text.ToString();
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
}
