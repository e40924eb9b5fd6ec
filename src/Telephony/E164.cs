using System.Text.RegularExpressions;

namespace Outreach.Telephony;

/// <summary>The international number form every network dials: a plus, a country code and up to 15 digits.</summary>
public static partial class E164
{
    public static bool IsValid(string? number) => number is not null && Pattern().IsMatch(number);

    [GeneratedRegex(@"^\+[1-9]\d{6,14}$")]
    private static partial Regex Pattern();
}
