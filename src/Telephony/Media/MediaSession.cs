using System.Text;
using Outreach.Telephony.Rtp;
using Outreach.Telephony.Sdp;
using Outreach.Telephony.Sip.UserAgent;

namespace Outreach.Telephony.Media;

/// <summary>
/// The media side of one call as SIP signalling sees it: opaque SDP bodies in and out (the user agent's
/// <see cref="ISessionBody"/>), an RTP endpoint, and the leg it sets up on the first agreement and changes on later ones
/// (hold, unhold, a new peer address). <see cref="Connected"/> hands the leg to whoever bridges or plays on it.
/// </summary>
public sealed class MediaSession : ISessionBody, IAsyncDisposable
{
    private readonly RtpEndpoint _endpoint;
    private readonly Random _random;
    private readonly TimeProvider _time;
    private readonly SdpNegotiator _negotiator;

    /// <param name="sessionId">The o= session id, the caller's choice (e.g. from its random source).</param>
    public MediaSession(RtpEndpoint endpoint, string advertisedAddress, ulong sessionId, Random random, TimeProvider time)
    {
        _endpoint = endpoint;
        _random = random;
        _time = time;
        _negotiator = new SdpNegotiator(new LocalMedia { Address = advertisedAddress, Port = endpoint.RtpPort }, sessionId);
    }

    public string ContentType => "application/sdp";

    /// <summary>The RTP leg, once an offer/answer has agreed.</summary>
    public MediaLeg? Leg { get; private set; }

    public NegotiatedMedia? Current => _negotiator.Current;

    /// <summary>Raised once, on the first agreement, with the new leg (on the signalling thread).</summary>
    public event Action<MediaLeg>? Connected;

    /// <summary>Holds the peer (our next offer is sendonly, answers keep it so); the SIP side then sends a re-INVITE with <see cref="CreateOffer"/>.</summary>
    public void Hold() => _negotiator.Wanted = MediaDirection.SendOnly;

    public void Resume() => _negotiator.Wanted = MediaDirection.SendRecv;

    public ReadOnlyMemory<byte> CreateOffer() => Encoding.UTF8.GetBytes(_negotiator.CreateOffer());

    public SessionAnswer Answer(ReadOnlyMemory<byte> offer)
    {
        var outcome = _negotiator.Answer(Encoding.UTF8.GetString(offer.Span));
        if (outcome is SdpOutcome.Refused refused) return new SessionAnswer(ReadOnlyMemory<byte>.Empty, true, refused.Detail);
        var agreed = (SdpOutcome.Agreed)outcome;
        Apply(agreed.Media);
        return new SessionAnswer(Encoding.UTF8.GetBytes(agreed.Answer!), false);
    }

    /// <summary>Takes the answer to our offer; false when it is unusable (the SIP side then ends the call).</summary>
    public bool Accept(ReadOnlyMemory<byte> answer)
    {
        if (_negotiator.Accept(Encoding.UTF8.GetString(answer.Span)) is not SdpOutcome.Agreed agreed) return false;
        Apply(agreed.Media);
        return true;
    }

    public ValueTask DisposeAsync() => _endpoint.DisposeAsync();

    private void Apply(NegotiatedMedia media)
    {
        if (Leg is { } leg)
        {
            leg.Renegotiate(media);
            return;
        }
        Leg = MediaLegs.Connect(_endpoint, media, _random, _time);
        Connected?.Invoke(Leg);
    }
}
