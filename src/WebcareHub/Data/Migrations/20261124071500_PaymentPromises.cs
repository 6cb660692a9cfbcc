using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WebcareHub.Data.Migrations;

/// <summary>Payment-date promises recorded by the bot (and later by agents).</summary>
[DbContext(typeof(WebcareDbContext))]
[Migration("20261124071500_PaymentPromises")]
public sealed class PaymentPromises : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "PaymentPromises",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                InvoiceId = table.Column<int>(type: "INTEGER", nullable: false),
                DebtorId = table.Column<int>(type: "INTEGER", nullable: false),
                AmountCents = table.Column<long>(type: "INTEGER", nullable: false),
                PromisedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                Status = table.Column<string>(type: "TEXT", nullable: false),
                CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                RecordedBy = table.Column<string>(type: "TEXT", nullable: false),
                SummarySentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PaymentPromises", x => x.Id);
                table.ForeignKey(
                    name: "FK_PaymentPromises_Invoices_InvoiceId",
                    column: x => x.InvoiceId,
                    principalTable: "Invoices",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_PaymentPromises_DebtorId",
            table: "PaymentPromises",
            column: "DebtorId");

        migrationBuilder.CreateIndex(
            name: "IX_PaymentPromises_InvoiceId_Status",
            table: "PaymentPromises",
            columns: new[] { "InvoiceId", "Status" });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "PaymentPromises");
    }
}
