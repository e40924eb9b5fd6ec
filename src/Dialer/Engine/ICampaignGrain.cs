namespace Outreach.Dialer.Engine;

/// <summary>
/// One campaign's dialling (key: campaign id): lifecycle (C3, audited), the hopper, the pacing tick, attempts
/// written before dialling, outcomes, routing of live answers to its agents. Commands never throw for a
/// refused request: they answer <see cref="CommandOutcome"/> with a message the UI shows as it is.
/// </summary>
public interface ICampaignGrain : IGrainWithIntegerKey
{
    /// <summary>Draft/scheduled/paused → running, after the start checks (contacts, agents, caller id, hours).</summary>
    Task<CommandOutcome> StartAsync(string actor);

    Task<CommandOutcome> PauseAsync(string actor, string reason);

    /// <summary>Running/paused → finished: no new calls; calls in progress end normally.</summary>
    Task<CommandOutcome> StopAsync(string actor);

    /// <summary>Changes the pacing mode and the abandon target live (target between 0 and the legal 3%).</summary>
    Task<CommandOutcome> ChangePacingAsync(string actor, string mode, decimal targetAbandonRate);

    Task<CampaignBoard> GetBoardAsync();
}
