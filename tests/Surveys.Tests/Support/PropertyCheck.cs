using FsCheck;

namespace Outreach.Surveys.Tests.Support;

/// <summary>
/// Runs an FsCheck property inside an xunit fact and fails it with FsCheck's report (including the shrunk input).
/// FsCheck.Xunit.v3 3.6.0 needs xunit.v3 4.x while the repository pins 3.2.2, so properties run through FsCheck's own runner.
/// </summary>
internal static class PropertyCheck
{
    public static void Holds(int maxTest, Property property) =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(maxTest).WithQuietOnSuccess(true), property);
}
