namespace Outreach.Campaigns.Subscribers;

/// <summary>A page of results with what the UI needs to draw a pager.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, long Total)
{
    public int PageCount => Total == 0 ? 0 : (int)((Total + PageSize - 1) / PageSize);
}
