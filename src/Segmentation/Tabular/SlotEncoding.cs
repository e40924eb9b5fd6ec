namespace Outreach.Segmentation.Tabular;

/// <summary>How one slot is computed: impute, centre and scale a number, or flag one category.</summary>
internal sealed record SlotEncoding(FeatureSlot Slot, float Fill, float Center, float Scale);
