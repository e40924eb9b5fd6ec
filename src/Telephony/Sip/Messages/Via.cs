using System.Globalization;
using System.Text;

namespace Outreach.Telephony.Sip.Messages;

/// <summary>One Via value (RFC 3261 §20.42): transport, sent-by and parameters (branch, received, rport, maddr, ttl).</summary>
public sealed record Via(string Transport, string Host, int? Port, SipParameters Parameters)
{
    /// <summary>The RFC 3261 branch prefix (§8.1.1.7).</summary>
    public const string MagicCookie = "z9hG4bK";

    /// <summary>The branch parameter, if any.</summary>
    public string? Branch => Parameters.Get("branch");

    /// <summary>True when the branch is an RFC 3261 one (magic cookie and something after it); otherwise RFC 2543 matching applies.</summary>
    public bool HasRfc3261Branch => Branch is { Length: > 7 } b && b.StartsWith(MagicCookie, StringComparison.Ordinal);

    /// <summary>A Via for a transport, address and branch, asking for rport (RFC 3581).</summary>
    public static Via Create(string transport, string host, int port, string branch) =>
        new(transport, host, port, new SipParameters([new SipParameter("branch", branch), new SipParameter("rport", null)]));

    /// <summary>Parses every comma-separated value of one Via header; null and a reason when one is malformed.</summary>
    public static List<Via>? ParseAll(string value, out string? error)
    {
        error = null;
        var parts = SipText.SplitList(value);
        if (parts is null) { error = "Via has an unclosed quote"; return null; }
        var result = new List<Via>(parts.Count);
        foreach (var part in parts)
        {
            var via = ParseOne(part, out error);
            if (via is null) return null;
            result.Add(via);
        }
        return result;
    }

    private static Via? ParseOne(string text, out string? error)
    {
        error = "Via is malformed";
        var semi = text.IndexOf(';');
        var head = SipText.SqueezeAround(semi < 0 ? text : text[..semi], "/:");
        var pieces = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (pieces.Length != 2) return null;
        var protocol = pieces[0].Split('/');
        if (protocol.Length != 3 || !protocol.All(p => SipText.IsToken(p)) || !protocol[0].Equals("SIP", StringComparison.OrdinalIgnoreCase)) return null;
        if (!TrySentBy(pieces[1], out var host, out var port)) return null;
        var parameters = semi < 0 ? SipParameters.Empty : SipParameters.Parse(text[semi..]);
        if (parameters is null) { error = "Via parameter is malformed"; return null; }
        error = null;
        return new Via(protocol[2].ToUpperInvariant(), host, port, parameters);
    }

    private static bool TrySentBy(string text, out string host, out int? port)
    {
        var probe = SipUri.Parse("sip:" + text, out _);
        host = probe?.Host ?? "";
        port = probe?.Port;
        return probe is { User: null, Parameters.Items.Count: 0, Headers.Items.Count: 0 };
    }

    /// <summary>"SIP/2.0/UDP host:port;params".</summary>
    public override string ToString()
    {
        var sb = new StringBuilder("SIP/2.0/").Append(Transport).Append(' ').Append(Host);
        if (Port is not null) sb.Append(':').Append(Port.Value.ToString(CultureInfo.InvariantCulture));
        return sb.Append(Parameters).ToString();
    }
}
