using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WebcareHub.Data.Migrations;

/// <summary>Rows the retention job has anonymised are marked, so a second run leaves them alone (issue 10).</summary>
[DbContext(typeof(WebcareDbContext))]
[Migration("20261201130000_Retention")]
public sealed class Retention : Migration
{
    private static readonly string[] Tables = ["Conversations", "HandoffRequests", "CallbackTasks"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
            migrationBuilder.AddColumn<DateTime>(name: "AnonymisedAt", table: table, type: "TEXT", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
            migrationBuilder.DropColumn(name: "AnonymisedAt", table: table);
    }
}
