namespace Outreach.AnswerClassification.Tones;

/// <summary>Reads a <see cref="SitCode"/> from the first two segments (Telcordia SR-2275's table).</summary>
internal static class SitCodes
{
    public static SitCode Read(double firstHz, int firstMilliseconds, double secondHz, int secondMilliseconds)
    {
        if (firstHz is 950 || secondHz is 1400)
            return SitCode.Uncoded;
        var firstHigh = firstHz > 950;
        var secondHigh = secondHz > 1400;
        var firstLong = firstMilliseconds >= SitDetector.ShortLongBoundaryMilliseconds;
        var secondLong = secondMilliseconds >= SitDetector.ShortLongBoundaryMilliseconds;
        return (firstLong, firstHigh, secondLong, secondHigh) switch
        {
            (false, false, false, false) => SitCode.Intercept,
            (true, true, false, false) => SitCode.VacantCode,
            (false, false, true, true) or (false, true, true, false) => SitCode.Reorder,
            (true, true, true, true) or (true, false, true, false) => SitCode.NoCircuit,
            (false, true, false, true) => SitCode.IneffectiveOther,
            _ => SitCode.Uncoded,
        };
    }
}
