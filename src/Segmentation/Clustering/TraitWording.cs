using Outreach.Segmentation.Tabular;

namespace Outreach.Segmentation.Clustering;

/// <summary>Puts a trait into the words a marketer uses: "young", "heavy data", "low balance", "tariff prepaid".</summary>
internal static class TraitWording
{
    /// <summary>Beyond this many standard deviations a trait is "very" high or low.</summary>
    public const double VeryStrong = 1.5;

    private static readonly string[] UsageSuffixes = [" per month", " per day", " monthly"];

    public static string Phrase(FeatureSlot slot, double score)
    {
        if (slot.Category is { } category)
            return ColumnLabel.Fact(slot.Column, category);
        var name = ColumnLabel.Words(slot.Column);
        var very = Math.Abs(score) >= VeryStrong ? "very " : "";
        var high = score > 0;
        if (name == "age")
            return high ? "older" : "young";
        var usage = UsageSuffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal));
        if (usage is not null)
            return very + (high ? "heavy " : "light ") + name[..^usage.Length].Replace(" mb", "", StringComparison.Ordinal);
        return very + (high ? "high " : "low ") + name;
    }
}
