using Dapper;
using Npgsql;

namespace Outreach.Campaigns.Dialling;

/// <summary>What an agent's script area shows for a campaign: the pinned survey version, else the call guide text.</summary>
public sealed record CampaignScript(long CampaignId, string Name, string? SurveyId, int? SurveyVersion, string CallGuide);

/// <summary>Reads a campaign's script for the agent desktop.</summary>
public sealed class CampaignScriptRepository(NpgsqlDataSource db)
{
    public async Task<CampaignScript?> GetAsync(long campaignId, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.QuerySingleOrDefaultAsync<CampaignScript>(new CommandDefinition("""
            select id as CampaignId, name as Name, survey_id as SurveyId, survey_version as SurveyVersion, call_guide as CallGuide
            from campaigns where id = @campaignId
            """, new { campaignId }, cancellationToken: ct));
    }
}
