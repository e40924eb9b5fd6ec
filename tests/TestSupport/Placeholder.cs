namespace Outreach.TestSupport; internal static class Placeholder { }
