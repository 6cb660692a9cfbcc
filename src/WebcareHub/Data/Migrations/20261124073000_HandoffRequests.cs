using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WebcareHub.Data.Migrations;

/// <summary>The bot's hand-off requests (reason, urgency, customer, invoice, feelings, language).</summary>
[DbContext(typeof(WebcareDbContext))]
[Migration("20261124073000_HandoffRequests")]
public sealed class HandoffRequests : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "HandoffRequests",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                ConversationKey = table.Column<string>(type: "TEXT", nullable: false),
                Reason = table.Column<string>(type: "TEXT", nullable: false),
                Urgency = table.Column<string>(type: "TEXT", nullable: false),
                Status = table.Column<string>(type: "TEXT", nullable: false),
                DebtorId = table.Column<int>(type: "INTEGER", nullable: true),
                InvoiceNumber = table.Column<string>(type: "TEXT", nullable: true),
                Distress = table.Column<bool>(type: "INTEGER", nullable: false),
                Language = table.Column<string>(type: "TEXT", nullable: false),
                Details = table.Column<string>(type: "TEXT", nullable: true),
                RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                AgentId = table.Column<string>(type: "TEXT", nullable: true),
                ClaimedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                Outcome = table.Column<string>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_HandoffRequests", x => x.Id);
            });

        migrationBuilder.CreateIndex(
            name: "IX_HandoffRequests_ConversationKey",
            table: "HandoffRequests",
            column: "ConversationKey");

        migrationBuilder.CreateIndex(
            name: "IX_HandoffRequests_Status_Urgency",
            table: "HandoffRequests",
            columns: new[] { "Status", "Urgency" });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "HandoffRequests");
    }
}
