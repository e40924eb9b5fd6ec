using System.Globalization;

namespace Outreach.Telephony.Sdp;

/// <summary>Parses SDP text (RFC 8866) into an <see cref="SdpSession"/>; bad text gives an error naming the line, never an exception.</summary>
public static class SdpParser
{
    /// <summary>Longest description we read: an INVITE body is a few hundred bytes, this bounds hostile input.</summary>
    public const int MaxLength = 64 * 1024;

    public static SdpParseResult Parse(string? text)
    {
        if (string.IsNullOrEmpty(text)) return Fail(0, "", "empty session description");
        if (text.Length > MaxLength) return Fail(0, "", $"session description longer than {MaxLength} characters");
        var lines = text.Split('\n');
        var state = new SdpReader();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].EndsWith('\r') ? lines[i][..^1] : lines[i];
            if (line.Length == 0)
            {
                if (LastNonEmpty(lines, i)) break;
                return Fail(i + 1, line, "empty line inside the description");
            }
            if (state.Read(line) is { } reason) return Fail(i + 1, line, reason);
        }
        return state.Finish() is { } missing ? Fail(0, "", missing) : new SdpParseResult.Parsed(state.Build());
    }

    private static bool LastNonEmpty(string[] lines, int from)
    {
        for (var j = from; j < lines.Length; j++)
        {
            if (lines[j].Trim('\r').Length > 0) return false;
        }
        return true;
    }

    private static SdpParseResult.Invalid Fail(int line, string text, string reason) => new(new SdpError(line, text, reason));

    internal static bool TryUInt64(string text, out ulong value) =>
        ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    internal static bool TryInt(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
