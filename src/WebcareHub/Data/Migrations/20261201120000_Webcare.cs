using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WebcareHub.Data.Migrations;

/// <summary>Public mentions, their replies (four-eyes, outbox) and their audit trail (issue 11).</summary>
[DbContext(typeof(WebcareDbContext))]
[Migration("20261201120000_Webcare")]
public sealed class Webcare : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Mentions",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                Platform = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                ParentExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                Author = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                AuthorFollowers = table.Column<int>(type: "INTEGER", nullable: true),
                Text = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                Risk = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                RiskReasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                PiiKinds = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Sentiment = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                Crisis = table.Column<bool>(type: "INTEGER", nullable: false),
                Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                EscalatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                ChatLinkHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                ChatLinkExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                ChatConversationKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                ChatStartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Mentions", x => x.Id));

        migrationBuilder.CreateTable(
            name: "MentionAudits",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                MentionId = table.Column<int>(type: "INTEGER", nullable: false),
                Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                ActorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                At = table.Column<DateTime>(type: "TEXT", nullable: false),
                Details = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MentionAudits", x => x.Id);
                table.ForeignKey(
                    name: "FK_MentionAudits_Mentions_MentionId",
                    column: x => x.MentionId,
                    principalTable: "Mentions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "MentionReplies",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                MentionId = table.Column<int>(type: "INTEGER", nullable: false),
                Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                DraftedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                DraftedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                DraftedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                ApprovedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                ApprovedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                ApprovedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                ExternalReplyId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MentionReplies", x => x.Id);
                table.ForeignKey(
                    name: "FK_MentionReplies_Mentions_MentionId",
                    column: x => x.MentionId,
                    principalTable: "Mentions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_Mentions_Platform_ExternalId", table: "Mentions", columns: ["Platform", "ExternalId"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_Mentions_Status_DueAt", table: "Mentions", columns: ["Status", "DueAt"]);
        migrationBuilder.CreateIndex(name: "IX_Mentions_Platform_Author", table: "Mentions", columns: ["Platform", "Author"]);
        migrationBuilder.CreateIndex(name: "IX_Mentions_ChatLinkHash", table: "Mentions", column: "ChatLinkHash");
        migrationBuilder.CreateIndex(name: "IX_MentionAudits_MentionId", table: "MentionAudits", column: "MentionId");
        migrationBuilder.CreateIndex(name: "IX_MentionReplies_MentionId", table: "MentionReplies", column: "MentionId");
        migrationBuilder.CreateIndex(name: "IX_MentionReplies_IdempotencyKey", table: "MentionReplies", column: "IdempotencyKey", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "MentionAudits");
        migrationBuilder.DropTable(name: "MentionReplies");
        migrationBuilder.DropTable(name: "Mentions");
    }
}
