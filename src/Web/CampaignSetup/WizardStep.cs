namespace Outreach.Web.CampaignSetup;

/// <summary>The steps of the campaign wizard, in order; every validated field belongs to one.</summary>
public enum WizardStep
{
    Basics,
    TargetList,
    Survey,
    Dialling,
    Schedule,
    Messages,
    Review,
}
