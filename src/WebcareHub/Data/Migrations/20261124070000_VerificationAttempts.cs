using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WebcareHub.Data.Migrations;

/// <summary>Failed identity checks, to limit guessing of invoice numbers across conversations.</summary>
[DbContext(typeof(WebcareDbContext))]
[Migration("20261124070000_VerificationAttempts")]
public sealed class VerificationAttempts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "VerificationAttempts",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                InvoiceNumber = table.Column<string>(type: "TEXT", nullable: false),
                ConversationKey = table.Column<string>(type: "TEXT", nullable: false),
                FailedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_VerificationAttempts", x => x.Id);
            });

        migrationBuilder.CreateIndex(
            name: "IX_VerificationAttempts_InvoiceNumber_FailedAt",
            table: "VerificationAttempts",
            columns: new[] { "InvoiceNumber", "FailedAt" });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "VerificationAttempts");
    }
}
