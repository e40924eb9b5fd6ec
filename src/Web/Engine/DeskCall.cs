using Outreach.Campaigns.Dialling;
using Outreach.Campaigns.Subscribers;
using Outreach.Dialer.Engine;
using Outreach.Web.Surveys;

namespace Outreach.Web.Engine;

/// <summary>
/// What the desktop shows for a held call: the subscriber card (with history), the campaign's script (a survey walk
/// of its pinned version, else the call guide) and its disposition list. <see cref="Note"/> says why a pinned survey
/// could not be started.
/// </summary>
public sealed record DeskCall(
    AgentCall Call,
    string CampaignName,
    SubscriberCard? Card,
    SurveyWalk? Walk,
    string CallGuide,
    string? Note,
    IReadOnlyList<DispositionOption> Dispositions);

/// <summary>Preview mode: the contact shown to the agent before any call, with the subscriber card to read first.</summary>
public sealed record DeskPreview(PreviewContact Contact, string CampaignName, SubscriberCard? Card);
