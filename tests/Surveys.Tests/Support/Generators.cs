using FsCheck;
using FsCheck.Fluent;

namespace Outreach.Surveys.Tests.Support;

/// <summary>FsCheck generators: survey shapes (2..60 steps) and gene lists to drive walks.</summary>
internal static class Generators
{
    public static Arbitrary<SurveyShape> Shapes { get; } = (
        from count in Gen.Choose(2, 60)
        from genes in Gen.ArrayOf(Gen.Choose(0, 10_000))
        select new SurveyShape(count, genes)).ToArbitrary();

    public static Arbitrary<(SurveyShape Shape, int[] Walk)> ShapesWithWalks { get; } = (
        from count in Gen.Choose(2, 60)
        from genes in Gen.ArrayOf(Gen.Choose(0, 10_000))
        from walk in Gen.ArrayOf(Gen.Choose(0, 10_000))
        select (new SurveyShape(count, genes), walk)).ToArbitrary();
}
