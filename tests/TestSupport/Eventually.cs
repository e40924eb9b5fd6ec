using System.Collections;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Xunit;

namespace Outreach.TestSupport;

/// <summary>
/// Grain messages are asynchronous: waits, bounded, until a condition holds. A condition that never holds fails the
/// test with the condition and the last value read, so a caller can never go on to inspect a wrong state.
/// </summary>
public static class Eventually
{
    /// <summary>How long an "exactly so many" claim waits after its condition first holds, so that a late duplicate shows.</summary>
    public static readonly TimeSpan SettlingPeriod = TimeSpan.FromMilliseconds(750);

    /// <summary>Reads until <paramref name="done"/> holds; fails with the last value after <paramref name="seconds"/>.</summary>
    public static async Task<T> Get<T>(Func<Task<T>> read, Func<T, bool> done, int seconds = 60,
        [CallerArgumentExpression(nameof(done))] string condition = "")
    {
        var waited = Stopwatch.StartNew();
        var value = await read();
        while (!done(value))
        {
            if (waited.Elapsed.TotalSeconds >= seconds)
                Assert.Fail($"Waited {seconds} s for {condition}; it never held. Last value: {Describe(value)}");
            await Task.Delay(50);
            value = await read();
        }
        return value;
    }

    /// <summary>
    /// For claims of an exact count: waits until <paramref name="reached"/> holds (e.g. at least one attempt with an
    /// outcome), lets the <see cref="SettlingPeriod"/> pass and reads again, so the caller asserts the exact count on a
    /// state that had time to go wrong.
    /// </summary>
    public static async Task<T> Settled<T>(Func<Task<T>> read, Func<T, bool> reached, int seconds = 60,
        [CallerArgumentExpression(nameof(reached))] string condition = "")
    {
        await Get(read, reached, seconds, condition);
        await Task.Delay(SettlingPeriod);
        return await read();
    }

    private static string Describe<T>(T value) => value switch
    {
        null => "null",
        string text => text,
        IEnumerable items => $"{items.Cast<object?>().Count()} item(s): [{string.Join(", ", items.Cast<object?>().Take(10))}]",
        _ => value.ToString() ?? "",
    };
}
