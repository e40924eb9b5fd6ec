using Outreach.Telephony.Sip.Auth;
using Outreach.Telephony.Sip.Messages;

namespace Outreach.Telephony.Sip.UserAgent;

/// <summary>A batch of calls to place: target, how many, how fast, how many at once, how long each stays up (0: hang up right after the ACK).</summary>
public sealed record CallBatchOptions(SipUri Target, int Calls, double CallsPerSecond, int Concurrency)
{
    /// <summary>How long an answered call stays up before our BYE.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.Zero;

    /// <summary>Digest credentials for challenges.</summary>
    public SipCredentials? Credentials { get; init; }

    /// <summary>Ring limit per call (cancelled as no answer).</summary>
    public TimeSpan? RingTimeout { get; init; } = TimeSpan.FromSeconds(30);
}

/// <summary>What a batch did: counts per network outcome (stored names), achieved rate and setup time percentiles (INVITE sent to 2xx received).</summary>
public sealed record CallBatchResult(int Attempted, int Answered, int Failed, IReadOnlyDictionary<string, int> Outcomes, double CallsPerSecond, double SetupP50Ms, double SetupP99Ms);

/// <summary>Places a batch of calls at a steady rate under a concurrency cap and measures them (what `outreach sip call` and the calls-per-second benchmark run).</summary>
public static class CallBatch
{
    /// <summary>Runs the batch to the end (every call set up and hung up, or failed).</summary>
    public static async Task<CallBatchResult> RunAsync(SipUserAgent agent, CallBatchOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var gate = new SemaphoreSlim(options.Concurrency, options.Concurrency);
        var calls = new List<Task<CallSetup>>(options.Calls);
        var interval = TimeSpan.FromSeconds(1 / options.CallsPerSecond);
        for (var i = 0; i < options.Calls; i++)
        {
            // Pace on the schedule, not on the previous call, so a slow call does not slow the rate (up to the cap).
            var due = interval * i - time.GetElapsedTime(started);
            if (due > TimeSpan.Zero) await Task.Delay(due, time, cancellationToken).ConfigureAwait(false);
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            calls.Add(OneCallAsync(agent, options, gate, time, cancellationToken));
        }
        var setups = await Task.WhenAll(calls).ConfigureAwait(false);
        var elapsed = time.GetElapsedTime(started).TotalSeconds;
        var answeredTimes = setups.Where(s => s.Answered).Select(s => s.SetupTime.TotalMilliseconds).Order().ToList();
        var outcomes = setups.GroupBy(s => s.Outcome.ToStoredName()).ToDictionary(g => g.Key, g => g.Count());
        return new CallBatchResult(setups.Length, answeredTimes.Count, setups.Length - answeredTimes.Count, outcomes,
            setups.Length / Math.Max(elapsed, 1e-9), Percentile(answeredTimes, 0.50), Percentile(answeredTimes, 0.99));
    }

    private static async Task<CallSetup> OneCallAsync(SipUserAgent agent, CallBatchOptions options, SemaphoreSlim gate, TimeProvider time, CancellationToken cancellationToken)
    {
        try
        {
            var call = agent.PlaceCall(new OutgoingCallRequest(options.Target) { Credentials = options.Credentials, RingTimeout = options.RingTimeout });
            var setup = await call.Setup.WaitAsync(cancellationToken).ConfigureAwait(false);
            if (!setup.Answered) return setup;
            if (options.Duration > TimeSpan.Zero) await Task.Delay(options.Duration, time, cancellationToken).ConfigureAwait(false);
            await call.HangUpAsync(cancellationToken).ConfigureAwait(false);
            return setup;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Nearest-rank percentile of sorted values; 0 for none.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
