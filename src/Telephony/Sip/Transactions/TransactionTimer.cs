namespace Outreach.Telephony.Sip.Transactions;

/// <summary>One restartable one-shot timer on a TimeProvider (Timers A–K are each one of these).</summary>
internal sealed class TransactionTimer(TimeProvider time, Action fire) : IDisposable
{
    private ITimer? _timer;

    public void Start(TimeSpan due)
    {
        _timer?.Dispose();
        _timer = time.CreateTimer(_ => fire(), null, due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
    }

    public void Stop()
    {
        _timer?.Dispose();
        _timer = null;
    }

    public void Dispose() => Stop();
}
