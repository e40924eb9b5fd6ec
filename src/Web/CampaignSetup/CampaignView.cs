using Outreach.Campaigns.Dialling;

namespace Outreach.Web.CampaignSetup;

/// <summary>A campaign as the details page and GET /api/campaigns/{id} show it: the form, its status and its contact list.</summary>
public sealed record CampaignView(long Id, string Status, string DepartmentName, CampaignForm Form, ContactListSummary? ContactList)
{
    public bool IsDraft => Status == CampaignStatus.Draft;
}
