using Microsoft.AspNetCore.Authorization;

namespace WebcareHub.Staff;

/// <summary>
/// The roles matrix: which role may do what. Hub methods and endpoints name these policies; nothing else
/// checks a role by name, so this table is the one place to read or change who may do what.
/// </summary>
public static class StaffPolicies
{
    /// <summary>Anyone signed in as staff, whatever their role (sign-out, who-am-I).</summary>
    public const string AnyStaff = "staff";

    /// <summary>Take a chat from the queue and work it: reply, record agreements, notes, transfer, close, call-backs.</summary>
    public const string ClaimChats = "claim-chats";

    /// <summary>See who a customer is: transcripts, invoices, promises, arrangements, call-back details.</summary>
    public const string ReadCustomerData = "read-customer-data";

    /// <summary>See every agent's load and every open chat.</summary>
    public const string SuperviseTeam = "supervise-team";

    /// <summary>Be the second person who approves a public webcare reply.</summary>
    public const string ApproveWebcareReplies = "approve-webcare-replies";

    /// <summary>See the background jobs (dashboard).</summary>
    public const string SeeJobs = "see-jobs";

    /// <summary>Upload a CSV of payments from the collection system.</summary>
    public const string ImportPayments = "import-payments";

    public static readonly IReadOnlyDictionary<string, string[]> Roles = new Dictionary<string, string[]>
    {
        [AnyStaff] = StaffRoles.All,
        [ClaimChats] = [StaffRoles.Agent, StaffRoles.Supervisor, StaffRoles.Admin],
        [ReadCustomerData] = [StaffRoles.Agent, StaffRoles.Supervisor, StaffRoles.Admin],
        [SuperviseTeam] = [StaffRoles.Supervisor, StaffRoles.Admin],
        [ApproveWebcareReplies] = [StaffRoles.Webcare, StaffRoles.Supervisor, StaffRoles.Admin],
        [SeeJobs] = [StaffRoles.Supervisor, StaffRoles.Admin],
        [ImportPayments] = [StaffRoles.Admin],
    };

    /// <summary>For checks on someone other than the caller (is the colleague a chat may be transferred to allowed to take it?).</summary>
    public static bool Allows(string policy, IEnumerable<string> roles) => roles.Intersect(Roles[policy]).Any();

    public static AuthorizationBuilder AddStaffPolicies(this AuthorizationBuilder authorization)
    {
        foreach (var (policy, roles) in Roles)
            authorization.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(roles));
        return authorization;
    }
}
