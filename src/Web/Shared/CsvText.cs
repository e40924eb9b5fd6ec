namespace Outreach.Web.Shared;

/// <summary>CSV fields as spreadsheets read them safely.</summary>
public static class CsvText
{
    /// <summary>Quotes a field that needs it, and defuses one a spreadsheet would run as a formula.</summary>
    public static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@') value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
