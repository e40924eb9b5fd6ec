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
}
