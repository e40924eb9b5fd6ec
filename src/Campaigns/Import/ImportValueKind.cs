namespace Outreach.Campaigns.Import;

/// <summary>How a cell is read and checked, and which PostgreSQL type it is staged as.</summary>
public enum ImportValueKind
{
    Text,
    Phone,
    Email,
    Sex,
    Date,
    Decimal,
    Integer,
    Boolean,
    TextList,
}
