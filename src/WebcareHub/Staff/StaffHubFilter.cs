using System.Security.Claims;
using Microsoft.AspNetCore.SignalR;

namespace WebcareHub.Staff;

/// <summary>
/// For every hub: registers staff connections with <see cref="StaffSessions"/> so they end with the session,
/// and logs refused calls (a <see cref="HubException"/> is how a hub method says no).
/// </summary>
public sealed class StaffHubFilter(StaffSessions sessions, ILogger<StaffHubFilter> logger) : IHubFilter
{
    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        sessions.Opened(context.Context);
        await next(context);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        sessions.Closed(context.Context.ConnectionId);
        await next(context, exception);
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocation);
        }
        catch (HubException e)
        {
            logger.LogWarning("Refused {Hub}.{Method} for staff user {UserId}: {Reason}", invocation.Hub.GetType().Name,
                invocation.HubMethodName, invocation.Context.User?.FindFirstValue(ClaimTypes.NameIdentifier), e.Message);
            throw;
        }
    }
}
