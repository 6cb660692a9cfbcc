using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace WebcareHub.Tests.Support;

/// <summary>
/// Counts the app's log entries by category and level, so a test can check "logged once" without reading log
/// text; errors are also written to the test output, so a failing run shows the app's exception.
/// </summary>
public sealed class LogCounter : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, LogLevel Level)> _entries = new();

    public int Count(Type category, LogLevel level) => _entries.Count(e => e.Category == category.FullName && e.Level == level);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<(string, LogLevel)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            entries.Enqueue((category, logLevel));
            if (logLevel >= LogLevel.Error) Console.Error.WriteLine($"app {logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }
}
