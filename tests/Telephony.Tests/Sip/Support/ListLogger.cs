using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Outreach.Telephony.Tests.Sip.Support;

/// <summary>A logger that keeps every formatted line, so tests can read what was logged.</summary>
internal sealed class ListLogger<T> : ILogger<T>
{
    public ConcurrentQueue<(LogLevel Level, string Text)> Lines { get; } = new();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Lines.Enqueue((logLevel, formatter(state, exception)));

    public int Count(string fragment) => Lines.Count(l => l.Text.Contains(fragment, StringComparison.Ordinal));
}

/// <summary>A logger factory whose loggers all write into one shared list.</summary>
internal sealed class ListLoggerFactory : ILoggerFactory
{
    public ListLogger<object> Logger { get; } = new();

    public ILogger CreateLogger(string categoryName) => Logger;

    public void AddProvider(ILoggerProvider provider) { }

    public void Dispose() { }
}
