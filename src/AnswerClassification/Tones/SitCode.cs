namespace Outreach.AnswerClassification.Tones;

/// <summary>
/// The meaning of a special information tone from the frequencies and lengths of its first two segments
/// (Telcordia SR-2275): low or high frequency, short (274–276 ms) or long (380 ms).
/// </summary>
public enum SitCode
{
    /// <summary>No special information tone.</summary>
    None,

    /// <summary>Three rising segments heard, but not one of the coded combinations (e.g. ITU-T E.180 nominal tones).</summary>
    Uncoded,

    /// <summary>IC: vacant number, number changed, not in service (short low, short low).</summary>
    Intercept,

    /// <summary>VC: the dialled code does not exist (long high, short low).</summary>
    VacantCode,

    /// <summary>RO: equipment irregularity, try again (short low, long high — or short high, long low).</summary>
    Reorder,

    /// <summary>NC: no circuit, trunk blockage, try later (long high, long high — or long low, long low).</summary>
    NoCircuit,

    /// <summary>IO: ineffective other, a reserved code (short high, short high).</summary>
    IneffectiveOther,
}
