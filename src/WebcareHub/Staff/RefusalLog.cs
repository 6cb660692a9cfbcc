using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using WebcareHub.Web;

namespace WebcareHub.Staff;

/// <summary>
/// Logs every action a signed-in person was refused by a policy (endpoints, hub connections and hub methods
/// all pass through here), with who and what, so refusals can be traced.
/// </summary>
public sealed class RefusalLog(ILogger<RefusalLog> logger) : IAuthorizationEvaluator
{
    private readonly DefaultAuthorizationEvaluator _evaluator = new();

    public AuthorizationResult Evaluate(AuthorizationHandlerContext context)
    {
        var result = _evaluator.Evaluate(context);
        if (!result.Succeeded && context.User.Identity?.IsAuthenticated == true)
        {
            var roles = context.PendingRequirements.OfType<RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles);
            logger.LogWarning("Refused {Action} for staff user {UserId}: only for {Roles}", Describe(context.Resource),
                context.User.FindFirstValue(ClaimTypes.NameIdentifier), string.Join(", ", roles));
        }
        return result;
    }

    private static string Describe(object? resource) => resource switch
    {
        HubInvocationContext hub => $"{hub.Hub.GetType().Name}.{hub.HubMethodName}",
        HttpContext http => $"{http.Request.Method} {LogValue.Clean(http.Request.Path.Value)}",
        _ => "an action",
    };
}
