using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WebcareHub.Data.Migrations;

/// <summary>Payment arrangements (instalment plans) recorded by the bot.</summary>
[DbContext(typeof(WebcareDbContext))]
[Migration("20261124074500_PaymentArrangements")]
public sealed class PaymentArrangements : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "PaymentArrangements",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                InvoiceId = table.Column<int>(type: "INTEGER", nullable: false),
                DebtorId = table.Column<int>(type: "INTEGER", nullable: false),
                TotalCents = table.Column<long>(type: "INTEGER", nullable: false),
                InstalmentCents = table.Column<long>(type: "INTEGER", nullable: false),
                InstalmentCount = table.Column<int>(type: "INTEGER", nullable: false),
                FirstDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                Status = table.Column<string>(type: "TEXT", nullable: false),
                CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                RecordedBy = table.Column<string>(type: "TEXT", nullable: false),
                SummarySentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PaymentArrangements", x => x.Id);
                table.ForeignKey(
                    name: "FK_PaymentArrangements_Invoices_InvoiceId",
                    column: x => x.InvoiceId,
                    principalTable: "Invoices",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_PaymentArrangements_InvoiceId_Status",
            table: "PaymentArrangements",
            columns: new[] { "InvoiceId", "Status" });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "PaymentArrangements");
    }
}
