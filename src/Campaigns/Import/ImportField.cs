namespace Outreach.Campaigns.Import;

/// <summary>
/// One field a file column can be mapped to. <paramref name="Name"/> is the database column (a constant of
/// ours, never file input); <paramref name="InsertDefault"/> is the SQL literal used for a new row whose cell is blank.
/// </summary>
public sealed record ImportField(string Name, ImportValueKind Kind, string? InsertDefault = null, bool IsKey = false)
{
    /// <summary>The staging column type.</summary>
    public string SqlType => Kind switch
    {
        ImportValueKind.Date => "date",
        ImportValueKind.Decimal => "numeric",
        ImportValueKind.Integer => "int",
        ImportValueKind.Boolean => "boolean",
        ImportValueKind.TextList => "text[]",
        _ => "text",
    };
}
