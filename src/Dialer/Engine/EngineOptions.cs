using System.ComponentModel.DataAnnotations;
using Outreach.Telephony.Simulated;

namespace Outreach.Dialer.Engine;

/// <summary>The live engine's settings (section "Engine").</summary>
public sealed class EngineOptions
{
    public const string Section = "Engine";

    /// <summary>The pacing tick of a running campaign; 0 turns the timer off (tests tick by hand).</summary>
    [Range(0, 10_000)]
    public int TickMilliseconds { get; set; } = 250;

    /// <summary>Contacts read into a campaign's hopper at a time; refilled when a quarter is left.</summary>
    [Range(1, 10_000)]
    public int HopperBatch { get; set; } = 200;

    /// <summary>The most calls one tick places, whatever the pacer asks.</summary>
    [Range(1, 1_000)]
    public int MaxCallsPerTick { get; set; } = 60;

    /// <summary>How long the journal gathers changes before writing them in one batch.</summary>
    [Range(1, 5_000)]
    public int JournalFlushMilliseconds { get; set; } = 50;

    /// <summary>
    /// How often a logged-in agent re-tells its campaigns its state. State changes are told at once, one-way; this
    /// heals a message lost to a failed campaign activation or a restarted campaign grain. 0 turns it off.
    /// </summary>
    [Range(0, 3_600)]
    public int PresenceRefreshSeconds { get; set; } = 5;

    /// <summary>Simulated agents that log in to running campaigns and take calls (0 = none).</summary>
    [Range(0, 10_000)]
    public int Bots { get; set; }

    /// <summary>Seed of the simulated network and the bots.</summary>
    public int Seed { get; set; } = 7;

    /// <summary>Preview mode: a contact an agent skips is tried again after this many minutes.</summary>
    [Range(1, 10_080)]
    public int PreviewSkipMinutes { get; set; } = 60;

    /// <summary>On start, reactivate the campaigns stored as running so they keep dialling.</summary>
    public bool ResumeRunningCampaigns { get; set; } = true;

    /// <summary>The simulated network's outcome and duration distributions (the default network).</summary>
    public SimulatedNetworkScenario Network { get; set; } = new();

    /// <summary>Bot talk is the network's talk time; this is the bots' wrap-up time range in seconds.</summary>
    public double BotWrapUpSecondsMin { get; set; } = 3;

    public double BotWrapUpSecondsMax { get; set; } = 8;
}
