namespace Outreach.Segmentation.Patterns;

/// <summary>How a pattern item reads a column: a number at or above a threshold, or one text value.</summary>
public enum PatternItemKind
{
    AtLeast,
    EqualTo,
}
