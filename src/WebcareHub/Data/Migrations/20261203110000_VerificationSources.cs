using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WebcareHub.Data.Migrations;

/// <summary>Where a website conversation was opened from (a hash), so failed verifications are limited per source too.</summary>
[DbContext(typeof(WebcareDbContext))]
[Migration("20261203110000_VerificationSources")]
public sealed class VerificationSources : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "Source", table: "Conversations", type: "TEXT", maxLength: 100, nullable: true);
        migrationBuilder.AddColumn<string>(name: "Source", table: "VerificationAttempts", type: "TEXT", maxLength: 100, nullable: true);
        migrationBuilder.CreateIndex(name: "IX_VerificationAttempts_Source_FailedAt", table: "VerificationAttempts", columns: ["Source", "FailedAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_VerificationAttempts_Source_FailedAt", table: "VerificationAttempts");
        migrationBuilder.DropColumn(name: "Source", table: "VerificationAttempts");
        migrationBuilder.DropColumn(name: "Source", table: "Conversations");
    }
}
