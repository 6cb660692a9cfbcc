using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WebcareHub.Data.Migrations;

/// <summary>One list of call-back tasks: broken and partly paid promises, messages, unclaimed hand-offs, detractors (issue 10).</summary>
[DbContext(typeof(WebcareDbContext))]
[Migration("20261201101000_CallbackTasks")]
public sealed class CallbackTasks : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "CallbackTasks",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                SourceKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                DebtorId = table.Column<int>(type: "INTEGER", nullable: true),
                InvoiceNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                ConversationKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                Context = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                OpeningLine = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                AssignedTo = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                AssignedName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                ClaimedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                DoneAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                Outcome = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_CallbackTasks", x => x.Id));

        migrationBuilder.CreateIndex(name: "IX_CallbackTasks_SourceKey", table: "CallbackTasks", column: "SourceKey", unique: true);
        migrationBuilder.CreateIndex(name: "IX_CallbackTasks_DoneAt_DueAt", table: "CallbackTasks", columns: ["DoneAt", "DueAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "CallbackTasks");
}
