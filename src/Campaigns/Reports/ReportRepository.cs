using Dapper;
using Npgsql;

namespace Outreach.Campaigns.Reports;

/// <summary>
/// The reports of M2, read from what the engine journals: attempts (by the time they were made) and agents' state
/// spans (clipped to the period). Scoped to departments (null = all, for administrators). Agents' spans are written
/// when a state ends, so the state an agent is in right now counts once it ends.
/// </summary>
public sealed class ReportRepository(NpgsqlDataSource db)
{
    // Seconds of the spans in a state, clipped to [start, end).
    private const string Clipped = "extract(epoch from least(ended_at, @end) - greatest(started_at, @start))";

    // Spans that overlap [start, end), in the form the GiST index of migration 0009 answers. The CTEs below are
    // materialised: each is one aggregate over the period, which the planner must not re-run per campaign or agent.
    private const string Overlaps = "tstzrange(started_at, ended_at) && tstzrange(@start, @end)";

    /// <summary>Campaigns that made attempts or had agents talking in the period, by name.</summary>
    public async Task<IReadOnlyList<CampaignResultRow>> CampaignResultsAsync(ReportPeriod period, IReadOnlyList<int>? departmentIds, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var rows = await c.QueryAsync<CampaignResultRow>(new CommandDefinition($"""
            with a as materialized (
                select campaign_id,
                       count(*) filter (where placed_at is not null) as placed,
                       count(*) filter (where answer_class in ('human', 'unknown')) as human_answers,
                       count(*) filter (where answer_class in ('machine', 'fax')) as machines,
                       count(*) filter (where outcome = 'no_answer') as no_answer,
                       count(*) filter (where outcome = 'busy') as busy,
                       count(*) filter (where outcome in ('invalid', 'congestion', 'rejected', 'failed')) as failed,
                       count(*) filter (where connect_result = 'connected') as connected,
                       count(*) filter (where connect_result = 'abandoned') as abandoned,
                       count(distinct subscriber_id) filter (where connect_result = 'connected') as subscribers_reached
                from attempts
                where created_at >= @start and created_at < @end
                group by campaign_id
            ), s as materialized (
                select campaign_id,
                       coalesce(sum({Clipped}) filter (where state = 'on_call'), 0) as talk_seconds,
                       coalesce(sum({Clipped}) filter (where state = 'wrap_up'), 0) as wrap_up_seconds
                from agent_state_changes
                where {Overlaps} and state in ('on_call', 'wrap_up') and campaign_id is not null
                group by campaign_id
            )
            select c.id as campaign_id, c.name, d.name as department, c.status, c.dialing_mode, c.survey_id,
                   coalesce(a.placed, 0) as placed, coalesce(a.human_answers, 0) as human_answers,
                   coalesce(a.machines, 0) as machines, coalesce(a.no_answer, 0) as no_answer, coalesce(a.busy, 0) as busy,
                   coalesce(a.failed, 0) as failed, coalesce(a.connected, 0) as connected, coalesce(a.abandoned, 0) as abandoned,
                   coalesce(a.subscribers_reached, 0) as subscribers_reached,
                   coalesce(s.talk_seconds, 0)::float8 as talk_seconds, coalesce(s.wrap_up_seconds, 0)::float8 as wrap_up_seconds
            from campaigns c
            join departments d on d.id = c.department_id
            left join a on a.campaign_id = c.id
            left join s on s.campaign_id = c.id
            where (@all or c.department_id = any(@ids)) and (a.campaign_id is not null or s.campaign_id is not null)
            order by c.name, c.id
            """, Args(period, departmentIds), cancellationToken: ct));
        return rows.ToList();
    }

    /// <summary>Calls per disposition code and campaign in the period, most frequent first within each campaign.</summary>
    public async Task<IReadOnlyList<DispositionCount>> DispositionsAsync(ReportPeriod period, IReadOnlyList<int>? departmentIds, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var rows = await c.QueryAsync<DispositionCount>(new CommandDefinition("""
            select a.campaign_id, c.name as campaign_name, a.disposition_code as code, count(*) as calls
            from attempts a join campaigns c on c.id = a.campaign_id
            where a.created_at >= @start and a.created_at < @end and a.disposition_code is not null
              and (@all or c.department_id = any(@ids))
            group by a.campaign_id, c.name, a.disposition_code
            order by c.name, a.campaign_id, calls desc, code
            """, Args(period, departmentIds), cancellationToken: ct));
        return rows.ToList();
    }

    /// <summary>Agents with time logged in during the period, by name.</summary>
    public async Task<IReadOnlyList<AgentEfficiencyRow>> AgentEfficiencyAsync(ReportPeriod period, IReadOnlyList<int>? departmentIds, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var rows = await c.QueryAsync<AgentEfficiencyRow>(new CommandDefinition($"""
            with s as materialized (
                select agent_id,
                       coalesce(sum({Clipped}) filter (where state = 'on_call'), 0) as talk_seconds,
                       coalesce(sum({Clipped}) filter (where state = 'wrap_up'), 0) as wrap_up_seconds,
                       coalesce(sum({Clipped}) filter (where state in ('ready', 'reserved')), 0) as wait_seconds,
                       coalesce(sum({Clipped}) filter (where state = 'paused'), 0) as paused_seconds
                from agent_state_changes
                where {Overlaps} and state <> 'logged_out'
                group by agent_id
            ), calls as materialized (
                select agent_id, count(*) as calls
                from attempts
                where created_at >= @start and created_at < @end and connect_result = 'connected' and agent_id is not null
                group by agent_id
            )
            select u.id as agent_id, u.username as user_name, u.display_name as name, coalesce(d.name, '') as department,
                   coalesce(calls.calls, 0) as calls, s.talk_seconds::float8 as talk_seconds,
                   s.wrap_up_seconds::float8 as wrap_up_seconds, s.wait_seconds::float8 as wait_seconds,
                   s.paused_seconds::float8 as paused_seconds
            from s
            join users u on u.id = s.agent_id
            left join departments d on d.id = u.department_id
            left join calls on calls.agent_id = u.id
            where @all or u.department_id = any(@ids)
            order by u.display_name, u.id
            """, Args(period, departmentIds), cancellationToken: ct));
        return rows.ToList();
    }

    private static object Args(ReportPeriod period, IReadOnlyList<int>? departmentIds) => new
    {
        start = period.Start, end = period.End, all = departmentIds is null, ids = (departmentIds ?? []).ToArray(),
    };
}
