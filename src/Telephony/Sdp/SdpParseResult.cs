namespace Outreach.Telephony.Sdp;

/// <summary>What parsing a session description gave: the session, or the first error.</summary>
public abstract record SdpParseResult
{
    private SdpParseResult() { }

    /// <summary>The text was a valid session description.</summary>
    public sealed record Parsed(SdpSession Session) : SdpParseResult;

    /// <summary>The text was refused; <see cref="Error"/> names the line.</summary>
    public sealed record Invalid(SdpError Error) : SdpParseResult;
}

/// <summary>Why a session description was refused: the 1-based line number, the line and the reason.</summary>
public sealed record SdpError(int LineNumber, string Line, string Reason)
{
    public override string ToString() => LineNumber == 0 ? Reason : $"line {LineNumber} \"{Line}\": {Reason}";
}
