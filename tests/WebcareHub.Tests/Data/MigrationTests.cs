using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WebcareHub.Data;

namespace WebcareHub.Tests.Data;

/// <summary>
/// Migrations are written by hand (EF design-time tools are not available), so this keeps them honest: an
/// empty database migrated to the latest version must equal one created straight from the model.
/// </summary>
public sealed class MigrationTests
{
    [Fact]
    public async Task Migrate_BuildsTheSameSchemaAsTheModel()
    {
        var migrated = await SchemaAsync(db => db.Database.MigrateAsync());
        var created = await SchemaAsync(db => db.Database.EnsureCreatedAsync());

        Assert.Equal(created, migrated);
    }

    private static async Task<List<string>> SchemaAsync(Func<WebcareDbContext, Task> build)
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var options = new DbContextOptionsBuilder<WebcareDbContext>().UseSqlite(connection)
            .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning))
            .Options;
        await using (var db = new WebcareDbContext(options)) await build(db);

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT type || ' ' || name || ' ' || tbl_name || ' ' || ifnull(sql, '') FROM sqlite_master " +
                              "WHERE name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsHistory' AND name NOT LIKE '%EFMigrationsLock%' ORDER BY name";
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        // A column added by a later migration is appended as ", column)" to the table's text: compare without layout.
        while (await reader.ReadAsync()) rows.Add(Regex.Replace(Regex.Replace(reader.GetString(0), @"\s+", " "), @" ?([(),]) ?", "$1"));
        return rows;
    }
}
