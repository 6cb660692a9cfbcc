using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WebcareHub.Data.Migrations;

/// <summary>Internal notes agents write on a chat.</summary>
[DbContext(typeof(WebcareDbContext))]
[Migration("20261124083000_HandoffNotes")]
public sealed class HandoffNotes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "HandoffNotes",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                HandoffId = table.Column<int>(type: "INTEGER", nullable: false),
                AgentName = table.Column<string>(type: "TEXT", nullable: false),
                Text = table.Column<string>(type: "TEXT", nullable: false),
                WrittenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_HandoffNotes", x => x.Id);
                table.ForeignKey(
                    name: "FK_HandoffNotes_HandoffRequests_HandoffId",
                    column: x => x.HandoffId,
                    principalTable: "HandoffRequests",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_HandoffNotes_HandoffId",
            table: "HandoffNotes",
            column: "HandoffId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "HandoffNotes");
    }
}
