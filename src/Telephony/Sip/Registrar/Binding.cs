using Outreach.Telephony.Sip.Messages;

namespace Outreach.Telephony.Sip.Registrar;

/// <summary>One contact bound to an address of record until it expires; Call-ID and CSeq order updates (RFC 3261 §10.3 step 7).</summary>
public sealed record Binding(string AddressOfRecord, NameAddress Contact, string CallId, long CSeq, DateTimeOffset Expires);
