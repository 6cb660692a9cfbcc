using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WebcareHub.Data.Migrations;

/// <summary>Bot Connector conversations and their messages, so agents can read and answer them (issue 8).</summary>
[DbContext(typeof(WebcareDbContext))]
[Migration("20261130160000_BotConnectorConversations")]
public sealed class BotConnectorConversations : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "BotConnectorConversations",
            columns: table => new
            {
                Key = table.Column<string>(type: "TEXT", nullable: false),
                ServiceUrl = table.Column<string>(type: "TEXT", nullable: false),
                ChannelId = table.Column<string>(type: "TEXT", nullable: false),
                ConversationId = table.Column<string>(type: "TEXT", nullable: false),
                BotId = table.Column<string>(type: "TEXT", nullable: false),
                BotName = table.Column<string>(type: "TEXT", nullable: true),
                UserId = table.Column<string>(type: "TEXT", nullable: false),
                UserName = table.Column<string>(type: "TEXT", nullable: true),
                LastSeenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_BotConnectorConversations", x => x.Key));

        migrationBuilder.CreateTable(
            name: "BotConnectorMessages",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                ConversationKey = table.Column<string>(type: "TEXT", nullable: false),
                Role = table.Column<string>(type: "TEXT", nullable: false),
                Name = table.Column<string>(type: "TEXT", nullable: true),
                Text = table.Column<string>(type: "TEXT", nullable: false),
                At = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_BotConnectorMessages", x => x.Id);
                table.ForeignKey(
                    name: "FK_BotConnectorMessages_BotConnectorConversations_ConversationKey",
                    column: x => x.ConversationKey,
                    principalTable: "BotConnectorConversations",
                    principalColumn: "Key",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_BotConnectorMessages_ConversationKey",
            table: "BotConnectorMessages",
            column: "ConversationKey");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "BotConnectorMessages");
        migrationBuilder.DropTable(name: "BotConnectorConversations");
    }
}
