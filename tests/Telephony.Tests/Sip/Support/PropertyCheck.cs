using FsCheck;

namespace Outreach.Telephony.Tests.Sip.Support;

/// <summary>Runs an FsCheck property quietly, failing the test with the shrunk counterexample.</summary>
internal static class PropertyCheck
{
    public static void Holds(int maxTest, Property property) =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(maxTest).WithQuietOnSuccess(true), property);
}
