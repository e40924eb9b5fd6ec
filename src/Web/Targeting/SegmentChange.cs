namespace Outreach.Web.Targeting;

/// <summary>Why a change to a saved segment was refused.</summary>
public enum SegmentRefusal
{
    None,
    /// <summary>A field is wrong (<see cref="SegmentChange.Field"/> names it: name or rule).</summary>
    Invalid,
    NotFound,
    /// <summary>Another segment has the name.</summary>
    NameTaken,
    /// <summary>A campaign not yet finished builds its list from the segment.</summary>
    InUse,
}

/// <summary>The result of creating, changing or deleting a saved segment: its id, or why not in words.</summary>
public sealed record SegmentChange(long? Id, SegmentRefusal Refusal = SegmentRefusal.None, string? Field = null, string? Message = null)
{
    public bool Ok => Refusal == SegmentRefusal.None;

    public static SegmentChange Invalid(string field, string message) => new(null, SegmentRefusal.Invalid, field, message);
}
