using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WebcareHub.Data.Migrations;

/// <summary>A payment reference is reported once: imports and the payments API are idempotent by it (issue 10).</summary>
[DbContext(typeof(WebcareDbContext))]
[Migration("20261201102000_UniquePaymentReference")]
public sealed class UniquePaymentReference : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateIndex(name: "IX_Payments_Reference", table: "Payments", column: "Reference", unique: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropIndex(name: "IX_Payments_Reference", table: "Payments");
}
