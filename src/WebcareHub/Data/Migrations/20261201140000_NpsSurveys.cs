using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WebcareHub.Data.Migrations;

/// <summary>One NPS question per closed conversation, its one-time e-mail link and the answer (issue 10, point 5).</summary>
[DbContext(typeof(WebcareDbContext))]
[Migration("20261201140000_NpsSurveys")]
public sealed class NpsSurveys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "NpsSurveys",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                ConversationKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                HandoffId = table.Column<int>(type: "INTEGER", nullable: false),
                Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                AgentId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                AgentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                DebtorId = table.Column<int>(type: "INTEGER", nullable: true),
                InvoiceNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                AskedInChatAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                ChatMark = table.Column<long>(type: "INTEGER", nullable: false),
                Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                TokenHash = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                LinkExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                EmailAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                EmailClaimedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                EmailSentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                Score = table.Column<int>(type: "INTEGER", nullable: true),
                Why = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                AnsweredVia = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                AnonymisedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_NpsSurveys", x => x.Id));

        migrationBuilder.CreateIndex(name: "IX_NpsSurveys_ClosedAt", table: "NpsSurveys", column: "ClosedAt");
        migrationBuilder.CreateIndex(name: "IX_NpsSurveys_ConversationKey", table: "NpsSurveys", column: "ConversationKey", unique: true);
        migrationBuilder.CreateIndex(name: "IX_NpsSurveys_State", table: "NpsSurveys", column: "State");
        migrationBuilder.CreateIndex(name: "IX_NpsSurveys_TokenHash", table: "NpsSurveys", column: "TokenHash", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "NpsSurveys");
}
