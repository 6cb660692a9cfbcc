using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WebcareHub.Data;

/// <summary>
/// Lets SQLite itself wait for the writer (in steps of a few milliseconds) instead of Microsoft.Data.Sqlite's
/// retry, which sleeps 150 ms at a time: a customer's next message often meets the end of the previous turn.
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA busy_timeout = 30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
