using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WebcareHub.Data.Migrations;

/// <summary>The NPS e-mail's previous link keeps working after a send that stopped before its "sent" mark.</summary>
[DbContext(typeof(WebcareDbContext))]
[Migration("20261203100000_PreviousNpsLink")]
public sealed class PreviousNpsLink : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "PreviousTokenHash", table: "NpsSurveys", type: "TEXT", maxLength: 100, nullable: true);
        migrationBuilder.CreateIndex(name: "IX_NpsSurveys_PreviousTokenHash", table: "NpsSurveys", column: "PreviousTokenHash", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_NpsSurveys_PreviousTokenHash", table: "NpsSurveys");
        migrationBuilder.DropColumn(name: "PreviousTokenHash", table: "NpsSurveys");
    }
}
