namespace Outreach.Dialer.Engine;

/// <summary>
/// One agent's shift (key: user id): state machine of <see cref="Routing.AgentSession"/>, the campaigns served by
/// priority, state durations, today's figures. Repeated commands (double-clicked ready or hang-up) are harmless.
/// </summary>
public interface IAgentGrain : IGrainWithIntegerKey
{
    /// <summary>Logs in to the given running campaigns (first = highest priority); the agent starts paused.</summary>
    Task<CommandOutcome> LogInAsync(IReadOnlyList<long> campaignIds);

    Task<CommandOutcome> ReadyAsync();

    Task<CommandOutcome> PauseAsync(string reason);

    Task<CommandOutcome> LogOutAsync();

    /// <summary>Ends the held call from the agent's side; the agent goes to wrap-up.</summary>
    Task<CommandOutcome> HangUpAsync(string callId);

    /// <summary>Closes the held call; refused when the agent no longer holds <paramref name="callId"/>.</summary>
    Task<CommandOutcome> SetDispositionAsync(DispositionRequest request);

    /// <summary>Preview mode: places the call to the contact shown; it is bound to this agent.</summary>
    Task<CommandOutcome> CallPreviewAsync();
    /// <summary>Preview mode: passes over the contact shown (it is tried again later) and waits for the next.</summary>
    Task<CommandOutcome> SkipPreviewAsync();
    Task<AgentBoard> GetBoardAsync();
}
