using System.Text;

namespace Outreach.Segmentation.Tabular;

/// <summary>Column names as words for people: descriptions of segments and patterns use them.</summary>
public static class ColumnLabel
{
    /// <summary>"data_mb_per_month" and "dataMbPerMonth" both read "data mb per month".</summary>
    public static string Words(string column)
    {
        var text = new StringBuilder(column.Length + 8);
        for (var i = 0; i < column.Length; i++)
        {
            var ch = column[i];
            if (ch is '_' or '-' or '.' or ' ')
            {
                text.Append(' ');
                continue;
            }
            if (char.IsUpper(ch) && i > 0 && char.IsLower(column[i - 1]))
                text.Append(' ');
            text.Append(char.ToLowerInvariant(ch));
        }
        return string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// A text value of a column in words. A yes/no flag reads as the fact itself: "has roaming pack" for yes,
    /// "no roaming pack" (or "not asked about 5g") for no; any other value reads "tariff prepaid".
    /// </summary>
    public static string Fact(string column, string category)
    {
        var name = Words(column);
        if (string.Equals(category, "yes", StringComparison.OrdinalIgnoreCase))
            return name;
        if (!string.Equals(category, "no", StringComparison.OrdinalIgnoreCase))
            return $"{name} {category}";
        return name.StartsWith("has ", StringComparison.Ordinal) ? "no " + name[4..] : "not " + name;
    }
}
