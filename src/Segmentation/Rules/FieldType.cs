namespace Outreach.Segmentation.Rules;

/// <summary>The kind of value a catalog field holds; it decides which operators apply.</summary>
public enum FieldType
{
    Number,
    Text,
    Boolean,
    Date,
    TextArray,
    CountryCalls,
}
