using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WebcareHub.Data.Migrations;

/// <summary>
/// Disputes on verified invoices, and the database holding one open promise, one active arrangement and one
/// open dispute per invoice (issue 8). Duplicates from before are cancelled (the oldest stays), and disputes
/// filed as hand-offs on a verified invoice become disputes.
/// </summary>
[DbContext(typeof(WebcareDbContext))]
[Migration("20261130090000_OneAgreementPerInvoice")]
public sealed class OneAgreementPerInvoice : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            UPDATE "PaymentPromises" SET "Status" = 'Cancelled'
            WHERE "Status" = 'Open' AND EXISTS (SELECT 1 FROM "PaymentPromises" o
                WHERE o."InvoiceId" = "PaymentPromises"."InvoiceId" AND o."Status" = 'Open' AND o."Id" < "PaymentPromises"."Id");
            """);
        migrationBuilder.Sql("""
            UPDATE "PaymentArrangements" SET "Status" = 'Cancelled'
            WHERE "Status" = 'Active' AND EXISTS (SELECT 1 FROM "PaymentArrangements" o
                WHERE o."InvoiceId" = "PaymentArrangements"."InvoiceId" AND o."Status" = 'Active' AND o."Id" < "PaymentArrangements"."Id");
            """);

        migrationBuilder.CreateTable(
            name: "Disputes",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                InvoiceId = table.Column<int>(type: "INTEGER", nullable: false),
                DebtorId = table.Column<int>(type: "INTEGER", nullable: false),
                Reason = table.Column<string>(type: "TEXT", nullable: true),
                Status = table.Column<string>(type: "TEXT", nullable: false),
                RaisedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                RecordedBy = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Disputes", x => x.Id);
                table.ForeignKey(
                    name: "FK_Disputes_Invoices_InvoiceId",
                    column: x => x.InvoiceId,
                    principalTable: "Invoices",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_Disputes_InvoiceId",
            table: "Disputes",
            column: "InvoiceId",
            unique: true,
            filter: "\"Status\" = 'Open'");

        migrationBuilder.CreateIndex(
            name: "IX_PaymentPromises_InvoiceId_Open",
            table: "PaymentPromises",
            column: "InvoiceId",
            unique: true,
            filter: "\"Status\" = 'Open'");

        migrationBuilder.CreateIndex(
            name: "IX_PaymentArrangements_InvoiceId_Active",
            table: "PaymentArrangements",
            column: "InvoiceId",
            unique: true,
            filter: "\"Status\" = 'Active'");

        // Before, any unresolved dispute hand-off paused its invoice; now only a dispute on a verified invoice does.
        migrationBuilder.Sql("""
            INSERT INTO "Disputes" ("InvoiceId", "DebtorId", "Reason", "Status", "RaisedAt", "RecordedBy")
            SELECT i."Id", i."DebtorId", h."Details", 'Open', h."RequestedAt", h."ConversationKey"
            FROM "HandoffRequests" h JOIN "Invoices" i ON i."Number" = h."InvoiceNumber" AND i."DebtorId" = h."DebtorId"
            WHERE h."Reason" = 'dispute' AND h."Status" <> 'Resolved'
              AND h."Id" = (SELECT MIN(h2."Id") FROM "HandoffRequests" h2 JOIN "Invoices" i2 ON i2."Number" = h2."InvoiceNumber"
                            WHERE i2."Id" = i."Id" AND h2."DebtorId" = i2."DebtorId" AND h2."Reason" = 'dispute' AND h2."Status" <> 'Resolved');
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_PaymentArrangements_InvoiceId_Active", table: "PaymentArrangements");
        migrationBuilder.DropIndex(name: "IX_PaymentPromises_InvoiceId_Open", table: "PaymentPromises");
        migrationBuilder.DropTable(name: "Disputes");
    }
}
