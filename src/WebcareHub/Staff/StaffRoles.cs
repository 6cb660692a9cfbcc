namespace WebcareHub.Staff;

public static class StaffRoles
{
    public const string Agent = "Agent";
    public const string Webcare = "Webcare";
    public const string Supervisor = "Supervisor";
    public const string Admin = "Admin";

    public static readonly string[] All = [Agent, Webcare, Supervisor, Admin];
}
