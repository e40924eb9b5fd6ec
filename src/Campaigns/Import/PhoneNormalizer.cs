using PhoneNumbers;

namespace Outreach.Campaigns.Import;

/// <summary>Turns a phone number as people write it into E.164, reading numbers without a country code in a default region.</summary>
public sealed class PhoneNormalizer(string defaultRegion)
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public string DefaultRegion { get; } = Util.GetSupportedRegions().Contains(defaultRegion.ToUpperInvariant())
        ? defaultRegion.ToUpperInvariant()
        : throw new ArgumentException($"'{defaultRegion}' is not a region code (use two letters, e.g. US).", nameof(defaultRegion));

    /// <summary>True and the E.164 form when the text is a valid number; else false and the reason.</summary>
    public bool TryNormalize(string text, out string result)
    {
        PhoneNumber number;
        try
        {
            number = Util.Parse(text, DefaultRegion);
        }
        catch (NumberParseException)
        {
            result = $"'{Shorten(text)}' is not a phone number";
            return false;
        }
        if (!Util.IsValidNumber(number))
        {
            result = $"'{Shorten(text)}' is not a valid phone number (default region {DefaultRegion})";
            return false;
        }
        result = Util.Format(number, PhoneNumberFormat.E164);
        return true;
    }

    internal static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
