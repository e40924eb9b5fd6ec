using Outreach.Campaigns.Audit;
using Outreach.Campaigns.Dialling;
using Outreach.Telephony;
using Microsoft.Extensions.Options;

namespace Outreach.Dialer.Engine;

/// <summary>The silo singletons the engine's grains use, in one place to keep their constructors short.</summary>
public sealed class EngineServices(
    CampaignRepository campaigns, HopperRepository hopper, AttemptRepository attempts, AuditLog audit, JournalWriter journal,
    CallLedger ledger, ICallNetwork network, IEngineFeed feed, EngineClock clock, EngineMetrics metrics, IOptions<EngineOptions> options,
    Outreach.Campaigns.Users.UserRepository users)
{
    public Outreach.Campaigns.Users.UserRepository Users { get; } = users;
    public CampaignRepository Campaigns { get; } = campaigns;
    public HopperRepository Hopper { get; } = hopper;
    public AttemptRepository Attempts { get; } = attempts;
    public AuditLog Audit { get; } = audit;
    public JournalWriter Journal { get; } = journal;
    public CallLedger Ledger { get; } = ledger;
    public ICallNetwork Network { get; } = network;
    public IEngineFeed Feed { get; } = feed;
    public EngineClock Clock { get; } = clock;
    public EngineMetrics Metrics { get; } = metrics;
    public EngineOptions Options { get; } = options.Value;
}
