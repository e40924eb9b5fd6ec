namespace Outreach.Segmentation.Tabular;

/// <summary>
/// One numeric input of a model: a numeric column, or one category of a text column (one-hot).
/// </summary>
/// <param name="Column">Source column name.</param>
/// <param name="Category">The category this slot flags, or null for a numeric column.</param>
public sealed record FeatureSlot(string Column, string? Category)
{
    public bool IsCategory => Category is not null;

    /// <summary>"balance" or "tariff=prepaid".</summary>
    public string Name => Category is null ? Column : $"{Column}={Category}";
}
