using System.Globalization;

namespace Outreach.Dialer.Compliance;

/// <summary>Rates as people read them in alerts and reports: 3.2%, whatever the server's culture.</summary>
internal static class Percent
{
    public static string Format(double rate) => (rate * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
