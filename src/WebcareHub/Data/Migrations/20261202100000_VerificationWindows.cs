using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WebcareHub.Data.Migrations;

/// <summary>Where in a chat the bot verified the customer for the agent: those answers are hidden from staff.</summary>
[DbContext(typeof(WebcareDbContext))]
[Migration("20261202100000_VerificationWindows")]
public sealed class VerificationWindows : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "VerificationWindows",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                HandoffId = table.Column<int>(type: "INTEGER", nullable: false),
                AfterSequence = table.Column<long>(type: "INTEGER", nullable: false),
                UntilSequence = table.Column<long>(type: "INTEGER", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_VerificationWindows", x => x.Id);
                table.ForeignKey(
                    name: "FK_VerificationWindows_HandoffRequests_HandoffId",
                    column: x => x.HandoffId,
                    principalTable: "HandoffRequests",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_VerificationWindows_HandoffId",
            table: "VerificationWindows",
            column: "HandoffId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "VerificationWindows");
}
