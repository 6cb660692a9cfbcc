using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WebcareHub.Tests.Support;

/// <summary>Collects the app's log entries (category, level) so a test can see that something was logged.</summary>
public sealed class LogSink : ILoggerProvider
{
    public ConcurrentQueue<(string Category, LogLevel Level)> Entries { get; } = new();

    public static LogSink AttachTo(WebcareAppFactory app)
    {
        var sink = new LogSink();
        app.Start();
        app.Services.GetRequiredService<ILoggerFactory>().AddProvider(sink);
        return sink;
    }

    public int Count(string category, LogLevel level) => Entries.Count(e => e.Category == category && e.Level == level);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(LogSink sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink.Entries.Enqueue((category, logLevel));
    }
}
