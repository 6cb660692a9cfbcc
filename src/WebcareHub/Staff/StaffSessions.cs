using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WebcareHub.Data;

namespace WebcareHub.Staff;

/// <summary>
/// A staff session lasts as long as the account's security stamp: signing out, a new password or other roles
/// change the stamp. Identity re-checks cookies every <see cref="StaffOptions.SessionCheckSeconds"/>; live hub
/// connections carry no cookie after they open, so this class keeps them and closes those whose stamp is out
/// of date — at once after a sign-out here, and on the same interval for changes made elsewhere (the users
/// command runs in its own process).
/// </summary>
public sealed class StaffSessions(IServiceScopeFactory scopes, TimeProvider clock, IOptions<StaffOptions> options,
    IOptions<IdentityOptions> identity, ILogger<StaffSessions> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, Connection> _connections = new();
    /// <summary>The stamps whose sessions were ended here, as "user id|stamp": a cookie or connection carrying one is over.</summary>
    private readonly ConcurrentDictionary<string, bool> _ended = new();
    private readonly Lock _gate = new();
    private ITimer? _timer;

    private sealed record Connection(string UserId, string? Stamp, HubCallerContext Context);

    public void Opened(HubCallerContext context)
    {
        if (context.User?.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType) is not { } userId) return;
        var stamp = context.User.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        var connection = new Connection(userId, stamp, context);
        _connections[context.ConnectionId] = connection;
        // The client counts as connected once the handshake is done, before this runs: a session ended in between
        // found nothing to close, so a connection that opened with an older stamp closes itself here.
        if (_ended.ContainsKey(Ended(userId, stamp))) Close(connection, "the session ended while the connection opened");
        lock (_gate)
        {
            var interval = TimeSpan.FromSeconds(Math.Max(1, options.Value.SessionCheckSeconds));
            _timer ??= clock.CreateTimer(_ => _ = CheckQuietlyAsync(), null, interval, interval);
        }
    }

    public void Closed(string connectionId) => _connections.TryRemove(connectionId, out _);

    /// <summary>Whether a cookie's session was ended here: its user's sessions ended with a stamp other than the cookie's.</summary>
    public bool EndedHere(ClaimsPrincipal? user) =>
        user?.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType) is { } userId
        && _ended.ContainsKey(Ended(userId, user.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType)));

    private static string Ended(string userId, string? stamp) => userId + "|" + stamp;

    /// <summary>
    /// Ends every session of the user: copies of its cookie and hub connections at once (also those carrying
    /// <paramref name="earlierStamp"/>, the stamp before changes that already renewed it, such as a new password).
    /// </summary>
    public async Task EndAsync(UserManager<StaffUser> users, StaffUser user, string why, string? earlierStamp = null)
    {
        if (earlierStamp is not null) _ended[Ended(user.Id, earlierStamp)] = true;
        _ended[Ended(user.Id, user.SecurityStamp)] = true;
        await users.UpdateSecurityStampAsync(user);
        Close(user.Id, why);
    }

    /// <summary>Closes the hub connections of users whose stamp changed or whose account is gone.</summary>
    public async Task CheckAsync(CancellationToken ct)
    {
        var userIds = _connections.Values.Select(c => c.UserId).Distinct().ToList();
        if (userIds.Count == 0) return;
        await using var scope = scopes.CreateAsyncScope();
        var stamps = await scope.ServiceProvider.GetRequiredService<WebcareDbContext>().Users.AsNoTracking()
            .Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.SecurityStamp, ct);
        foreach (var connection in _connections.Values)
        {
            if (!stamps.TryGetValue(connection.UserId, out var stamp) || stamp != connection.Stamp)
                Close(connection, "the account's password, roles or sign-in changed");
        }
    }

    private void Close(string userId, string why)
    {
        foreach (var connection in _connections.Values.Where(c => c.UserId == userId)) Close(connection, why);
    }

    private void Close(Connection connection, string why)
    {
        if (!_connections.TryRemove(connection.Context.ConnectionId, out _)) return;
        logger.LogInformation("Closed hub connection {ConnectionId} of staff user {UserId}: {Why}", connection.Context.ConnectionId, connection.UserId, why);
        connection.Context.Abort();
    }

    private async Task CheckQuietlyAsync()
    {
        try
        {
            await CheckAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            // A timer has no caller to surface to; the next tick tries again.
            logger.LogError(e, "Could not check the staff hub connections against their accounts");
        }
    }

    public void Dispose() => _timer?.Dispose();
}
