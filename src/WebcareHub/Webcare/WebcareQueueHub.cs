using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using WebcareHub.Staff;

namespace WebcareHub.Webcare;

/// <summary>
/// The live webcare queue: staff allowed to work public replies connect here and receive every change;
/// Supervisors also join <see cref="SupervisorsGroup"/> for escalations. The page acts through the HTTP API.
/// </summary>
[Authorize(Policy = StaffPolicies.ApproveWebcareReplies)]
public sealed class WebcareQueueHub : Hub<IWebcareQueueClient>
{
    public const string Path = "/hubs/webcare";
    public const string SupervisorsGroup = "webcare-supervisors";

    public override async Task OnConnectedAsync()
    {
        var roles = Context.User?.FindAll(ClaimTypes.Role).Select(c => c.Value) ?? [];
        if (StaffPolicies.Allows(StaffPolicies.SuperviseTeam, roles))
            await Groups.AddToGroupAsync(Context.ConnectionId, SupervisorsGroup);
        await base.OnConnectedAsync();
    }
}
