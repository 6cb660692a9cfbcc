using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WebcareHub.Data.Migrations;

/// <summary>Retention also covers Bot Connector transcripts, dispute reasons and handled webcare mentions (issue 10).</summary>
[DbContext(typeof(WebcareDbContext))]
[Migration("20261201150000_RetentionEverywhere")]
public sealed class RetentionEverywhere : Migration
{
    private static readonly string[] Tables = ["BotConnectorConversations", "Disputes", "Mentions"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
            migrationBuilder.AddColumn<DateTime>(name: "AnonymisedAt", table: table, type: "TEXT", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
            migrationBuilder.DropColumn(name: "AnonymisedAt", table: table);
    }
}
