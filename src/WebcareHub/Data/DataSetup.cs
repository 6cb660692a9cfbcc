using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WebcareHub.Data;

public static class DataSetup
{
    public const string ConnectionStringName = "Webcare";
    private const string DefaultConnectionString = "Data Source=data/webcarehub.db";

    public static IHostApplicationBuilder AddData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var connectionString = ResolveSqlite(
            builder.Configuration.GetConnectionString(ConnectionStringName) ?? DefaultConnectionString,
            builder.Environment.ContentRootPath);

        // The factory serves pieces that must commit on their own (a stored chat activity is accepted even
        // if the bot's turn later fails); everything else uses the scoped context of its request or turn.
        builder.Services.AddDbContextFactory<WebcareDbContext>(o => o
            .UseSqlite(connectionString)
            .AddInterceptors(new SqliteBusyTimeout())
            // Migrations are written by hand (EF design-time tools are not available here); a test keeps
            // them equal to the model instead of the snapshot check.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)));
        builder.Services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<WebcareDbContext>>().CreateDbContext());
        builder.Services.AddScoped<DemoData>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    /// <summary>
    /// Makes a relative file path absolute against the content root and creates its folder, so that
    /// <c>dotnet run</c> from any directory uses the same file.
    /// </summary>
    public static string ResolveSqlite(string connectionString, string contentRoot)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString);
        if (IsFile(csb))
        {
            var path = Path.GetFullPath(csb.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            csb.DataSource = path;
        }
        return csb.ToString();
    }

    private static bool IsFile(SqliteConnectionStringBuilder csb) =>
        !string.IsNullOrEmpty(csb.DataSource)
        && csb.DataSource != ":memory:"
        && csb.Mode != SqliteOpenMode.Memory
        && !csb.DataSource.StartsWith("file:", StringComparison.Ordinal);

    /// <summary>Applies migrations, switches a file database to WAL and seeds demo data; runs before the host starts.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WebcareDbContext>();
        await db.Database.MigrateAsync();
        if (IsFile(new SqliteConnectionStringBuilder(db.Database.GetConnectionString())))
        {
            // Readers then never wait for the writer; the setting stays in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
        await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(CancellationToken.None);
    }
}
