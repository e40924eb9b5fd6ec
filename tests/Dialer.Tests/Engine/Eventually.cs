namespace Outreach.Dialer.Tests.Engine;

/// <summary>Grain messages are asynchronous: waits, bounded, until a condition holds, then lets the assertion speak.</summary>
public static class Eventually
{
    public static async Task<T> Get<T>(Func<Task<T>> read, Func<T, bool> done, int seconds = 60)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        var value = await read();
        while (!done(value) && DateTime.UtcNow < until)
        {
            await Task.Delay(50);
            value = await read();
        }
        return value;
    }
}
