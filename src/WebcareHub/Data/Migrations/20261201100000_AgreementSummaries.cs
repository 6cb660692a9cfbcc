using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WebcareHub.Data.Migrations;

/// <summary>E-mails about promises and arrangements (written summaries, thanks for a kept promise), sent by the follow-up sweep (issue 10).</summary>
[DbContext(typeof(WebcareDbContext))]
[Migration("20261201100000_AgreementSummaries")]
public sealed class AgreementSummaries : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AgreementSummaries",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                PaymentPromiseId = table.Column<int>(type: "INTEGER", nullable: true),
                PaymentArrangementId = table.Column<int>(type: "INTEGER", nullable: true),
                Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                QueuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                ClaimedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AgreementSummaries", x => x.Id);
                table.ForeignKey(
                    name: "FK_AgreementSummaries_PaymentArrangements_PaymentArrangementId",
                    column: x => x.PaymentArrangementId,
                    principalTable: "PaymentArrangements",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_AgreementSummaries_PaymentPromises_PaymentPromiseId",
                    column: x => x.PaymentPromiseId,
                    principalTable: "PaymentPromises",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_AgreementSummaries_State", table: "AgreementSummaries", column: "State");
        migrationBuilder.CreateIndex(name: "IX_AgreementSummaries_PaymentPromiseId_Kind", table: "AgreementSummaries", columns: ["PaymentPromiseId", "Kind"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_AgreementSummaries_PaymentArrangementId_Kind", table: "AgreementSummaries", columns: ["PaymentArrangementId", "Kind"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "AgreementSummaries");
}
