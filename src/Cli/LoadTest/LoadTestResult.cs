namespace Outreach.Cli.LoadTest;

/// <summary>
/// The load benchmark's figures, printed as JSON with these names. <see cref="AttemptsPerSecond"/> is measured after
/// the warm-up (the predictive pacer paces like progressive until it has seen enough outcomes); the whole run's rate is
/// beside it.
/// </summary>
internal sealed record LoadTestResult(
    int Agents,
    int Campaigns,
    double Minutes,
    long Attempts,
    double AttemptsPerSecond,
    double AttemptsPerSecondWholeRun,
    double WarmUpSeconds,
    double ConnectP50Ms,
    double ConnectP99Ms,
    double EngineConnectP99Ms,
    long Connected,
    double AbandonRate,
    long LostAttempts,
    long DuplicateAttempts,
    double DashboardLagP99Ms);
