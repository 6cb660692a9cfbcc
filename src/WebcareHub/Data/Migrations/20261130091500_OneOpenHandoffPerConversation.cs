using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WebcareHub.Data.Migrations;

/// <summary>
/// One open hand-off per conversation (issue 8): extra open requests filed before are closed as "merged"
/// (the one with an agent, else the oldest, stays), and the place a waiting customer was last told.
/// </summary>
[DbContext(typeof(WebcareDbContext))]
[Migration("20261130091500_OneOpenHandoffPerConversation")]
public sealed class OneOpenHandoffPerConversation : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(
            name: "ToldPlace",
            table: "HandoffRequests",
            type: "INTEGER",
            nullable: true);

        migrationBuilder.Sql("""
            UPDATE "HandoffRequests" SET "Status" = 'Resolved', "Outcome" = 'merged'
            WHERE "Status" IN ('Waiting', 'WithAgent') AND EXISTS (SELECT 1 FROM "HandoffRequests" o
                WHERE o."ConversationKey" = "HandoffRequests"."ConversationKey" AND o."Status" IN ('Waiting', 'WithAgent')
                  AND (CASE o."Status" WHEN 'WithAgent' THEN 0 ELSE 1 END, o."Id")
                    < (CASE "HandoffRequests"."Status" WHEN 'WithAgent' THEN 0 ELSE 1 END, "HandoffRequests"."Id"));
            """);

        migrationBuilder.CreateIndex(
            name: "IX_HandoffRequests_ConversationKey_Open",
            table: "HandoffRequests",
            column: "ConversationKey",
            unique: true,
            filter: "\"Status\" IN ('Waiting', 'WithAgent')");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_HandoffRequests_ConversationKey_Open", table: "HandoffRequests");
        migrationBuilder.DropColumn(name: "ToldPlace", table: "HandoffRequests");
    }
}
