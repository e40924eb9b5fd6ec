namespace Outreach.Web.CampaignSetup;

/// <summary>Why a campaign command did not happen, beyond field errors.</summary>
public enum CampaignRefusal
{
    None,
    NotFound,
    NotDraft,
}

/// <summary>What came of creating, saving, scheduling or deleting a campaign: its id, or the field errors, or a refusal.</summary>
public sealed record CampaignResult(long? Id, IReadOnlyList<FieldError> Errors, CampaignRefusal Refusal = CampaignRefusal.None)
{
    public bool Succeeded => Errors.Count == 0 && Refusal == CampaignRefusal.None;

    public static CampaignResult Done(long id) => new(id, []);

    public static CampaignResult Invalid(IReadOnlyList<FieldError> errors) => new(null, errors);

    public static CampaignResult Refused(CampaignRefusal refusal) => new(null, [], refusal);
}
