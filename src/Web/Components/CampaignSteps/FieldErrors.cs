using Outreach.Web.CampaignSetup;

namespace Outreach.Web.Components.CampaignSteps;

/// <summary>Looks up the message for one field among a step's errors.</summary>
public static class FieldErrors
{
    public static string? For(this IReadOnlyList<FieldError> errors, string field) => errors.FirstOrDefault(e => e.Field == field)?.Message;
}
