using Outreach.Campaigns.Audit;
using Outreach.Campaigns.Dialling;
using Outreach.Campaigns.Subscribers;
using Outreach.Campaigns.Surveys;

namespace Outreach.Web.Surveys;

/// <summary>Makes one-time self-service links and opens them; a link is used up when its walk finishes.</summary>
public sealed class SurveyLinkService(SurveyLinkRepository links, SurveyRepository surveys, SubscriberRepository subscribers,
    CampaignRepository campaigns, SurveyRuntimeService runtime, AuditLog audit, TimeProvider clock)
{
    public const int MaxSubscribersPerRequest = 1_000;
    public const string Refused = "This survey link is not valid or has already been used.";

    /// <summary>One link per subscriber to the latest published version; the problem when that cannot be done.</summary>
    public async Task<(IReadOnlyList<SurveyLink> Links, SurveyProblem? Problem)> CreateAsync(string surveyId,
        IReadOnlyList<long> subscriberIds, long? campaignId, string actor, Uri baseUri, CancellationToken ct)
    {
        if (subscriberIds.Count is 0 or > MaxSubscribersPerRequest)
            return ([], new SurveyProblem("subscriberIds", $"Give 1 to {MaxSubscribersPerRequest:N0} subscriber ids."));
        if (await surveys.FindAsync(surveyId, ct) is not { LatestPublished: { } version })
            return ([], new SurveyProblem("id", $"Survey '{surveyId}' has no published version to answer."));
        if (campaignId is { } cid && await campaigns.GetAsync(cid, ct) is null)
            return ([], new SurveyProblem("campaignId", $"Campaign {cid} does not exist."));
        var made = new List<SurveyLink>();
        foreach (var subscriberId in subscriberIds.Distinct())
        {
            if (await subscribers.GetCardAsync(subscriberId, ct) is null)
                return ([], new SurveyProblem("subscriberIds", $"Subscriber {subscriberId} does not exist."));
            var token = SurveyLinkToken.New();
            await links.CreateAsync(SurveyLinkToken.Hash(token), surveyId, version, subscriberId, campaignId, actor, ct);
            made.Add(new SurveyLink(subscriberId, new Uri(baseUri, "/s/" + token).ToString()));
        }
        await audit.RecordAsync(actor, "survey.links_created", "survey", surveyId, new { version, count = made.Count, campaignId }, ct);
        return (made, null);
    }

    /// <summary>Opens a link: resumes its walk, or starts one; refuses forged and used tokens alike.</summary>
    public async Task<LinkOpening> OpenAsync(string? token, CancellationToken ct)
    {
        if (!SurveyLinkToken.LooksValid(token)) return new LinkOpening(null, Refused);
        var hash = SurveyLinkToken.Hash(token!);
        if (await links.FindAsync(hash, ct) is not { UsedAt: null } link) return new LinkOpening(null, Refused);
        if (link.SessionId is { } sessionId && await runtime.ResumeAsync(sessionId, ct) is { } resumed
            && resumed.Navigator.Session.IsOpen)
            return new LinkOpening(resumed, null);
        var walk = await runtime.StartAsync(link.SurveyId, link.Version, link.SubscriberId, link.CampaignId,
            SurveyRuntimeService.WebChannel, ct);
        if (walk is null) return new LinkOpening(null, Refused);
        await links.AttachSessionAsync(hash, walk.SessionId, ct);
        return new LinkOpening(walk, null);
    }

    /// <summary>Finishes the walk and uses the link up; the error to show when it cannot be.</summary>
    public async Task<string?> FinishAsync(string token, SurveyWalk walk, CancellationToken ct)
    {
        if (await runtime.FinishAsync(walk, ct) is { } error) return error;
        return await links.ConsumeAsync(SurveyLinkToken.Hash(token), clock.GetUtcNow(), ct) ? null : Refused;
    }
}
