using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WebcareHub.Data.Migrations;

/// <summary>The kinds of distress the bot noticed (anger, fear, despair, grief, shame), shown to the agent (issue 7).</summary>
[DbContext(typeof(WebcareDbContext))]
[Migration("20261130170000_HandoffDistressKinds")]
public sealed class HandoffDistressKinds : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>(name: "DistressKinds", table: "HandoffRequests", type: "TEXT", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "DistressKinds", table: "HandoffRequests");
}
