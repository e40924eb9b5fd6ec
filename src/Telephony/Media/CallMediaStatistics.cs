using Outreach.Telephony.Rtp;

namespace Outreach.Telephony.Media;

/// <summary>A call's media figures: one <see cref="RtpStreamStatistics"/> per leg (a playback has only the first).</summary>
public sealed record CallMediaStatistics(RtpStreamStatistics First, RtpStreamStatistics? Second = null);
