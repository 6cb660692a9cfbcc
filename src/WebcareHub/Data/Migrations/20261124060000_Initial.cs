using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WebcareHub.Data.Migrations;

/// <summary>Conversations, Direct Line tokens and activities, bot state, and the invoice data imported from collections.</summary>
[DbContext(typeof(WebcareDbContext))]
[Migration("20261124060000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Conversations",
            columns: table => new
            {
                Id = table.Column<string>(type: "TEXT", nullable: false),
                UserId = table.Column<string>(type: "TEXT", nullable: false),
                UserName = table.Column<string>(type: "TEXT", nullable: true),
                Locale = table.Column<string>(type: "TEXT", nullable: false),
                CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                StartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                LastSequence = table.Column<long>(type: "INTEGER", nullable: false),
                LastTimestamp = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Conversations", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "ConversationStates",
            columns: table => new
            {
                Key = table.Column<string>(type: "TEXT", nullable: false),
                Locale = table.Column<string>(type: "TEXT", nullable: false),
                DialogId = table.Column<string>(type: "TEXT", nullable: true),
                StepId = table.Column<string>(type: "TEXT", nullable: true),
                ValuesJson = table.Column<string>(type: "TEXT", nullable: false),
                UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ConversationStates", x => x.Key);
            });

        migrationBuilder.CreateTable(
            name: "Creditors",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                Name = table.Column<string>(type: "TEXT", nullable: false),
                Iban = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Creditors", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Debtors",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                CustomerNumber = table.Column<string>(type: "TEXT", nullable: false),
                Name = table.Column<string>(type: "TEXT", nullable: false),
                Street = table.Column<string>(type: "TEXT", nullable: false),
                Postcode = table.Column<string>(type: "TEXT", nullable: false),
                City = table.Column<string>(type: "TEXT", nullable: false),
                DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                Email = table.Column<string>(type: "TEXT", nullable: false),
                Phone = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Debtors", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "ConversationActivities",
            columns: table => new
            {
                ConversationId = table.Column<string>(type: "TEXT", nullable: false),
                Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                Type = table.Column<string>(type: "TEXT", nullable: false),
                ClientActivityId = table.Column<string>(type: "TEXT", nullable: true),
                Timestamp = table.Column<DateTime>(type: "TEXT", nullable: false),
                Json = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ConversationActivities", x => new { x.ConversationId, x.Sequence });
                table.ForeignKey(
                    name: "FK_ConversationActivities_Conversations_ConversationId",
                    column: x => x.ConversationId,
                    principalTable: "Conversations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "DirectLineTokens",
            columns: table => new
            {
                Hash = table.Column<string>(type: "TEXT", nullable: false),
                ConversationId = table.Column<string>(type: "TEXT", nullable: false),
                UserId = table.Column<string>(type: "TEXT", nullable: false),
                IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DirectLineTokens", x => x.Hash);
                table.ForeignKey(
                    name: "FK_DirectLineTokens_Conversations_ConversationId",
                    column: x => x.ConversationId,
                    principalTable: "Conversations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "UploadedFiles",
            columns: table => new
            {
                Id = table.Column<string>(type: "TEXT", nullable: false),
                ConversationId = table.Column<string>(type: "TEXT", nullable: false),
                ContentType = table.Column<string>(type: "TEXT", nullable: false),
                Name = table.Column<string>(type: "TEXT", nullable: false),
                Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_UploadedFiles", x => x.Id);
                table.ForeignKey(
                    name: "FK_UploadedFiles_Conversations_ConversationId",
                    column: x => x.ConversationId,
                    principalTable: "Conversations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Invoices",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                Number = table.Column<string>(type: "TEXT", nullable: false),
                CreditorId = table.Column<int>(type: "INTEGER", nullable: false),
                DebtorId = table.Column<int>(type: "INTEGER", nullable: false),
                Description = table.Column<string>(type: "TEXT", nullable: false),
                IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                ReminderReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                PrincipalCents = table.Column<long>(type: "INTEGER", nullable: false),
                CollectionCostsCents = table.Column<long>(type: "INTEGER", nullable: false),
                InterestCents = table.Column<long>(type: "INTEGER", nullable: false),
                PaidCents = table.Column<long>(type: "INTEGER", nullable: false),
                Status = table.Column<string>(type: "TEXT", nullable: false),
                OpenCents = table.Column<long>(type: "INTEGER", nullable: false,
                    computedColumnSql: "\"PrincipalCents\" + \"CollectionCostsCents\" + \"InterestCents\" - \"PaidCents\"", stored: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Invoices", x => x.Id);
                table.ForeignKey(
                    name: "FK_Invoices_Creditors_CreditorId",
                    column: x => x.CreditorId,
                    principalTable: "Creditors",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Invoices_Debtors_DebtorId",
                    column: x => x.DebtorId,
                    principalTable: "Debtors",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Payments",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                InvoiceId = table.Column<int>(type: "INTEGER", nullable: false),
                AmountCents = table.Column<long>(type: "INTEGER", nullable: false),
                ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                Reference = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Payments", x => x.Id);
                table.ForeignKey(
                    name: "FK_Payments_Invoices_InvoiceId",
                    column: x => x.InvoiceId,
                    principalTable: "Invoices",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_ConversationActivities_ConversationId_ClientActivityId",
            table: "ConversationActivities",
            columns: new[] { "ConversationId", "ClientActivityId" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Creditors_Name",
            table: "Creditors",
            column: "Name",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Debtors_CustomerNumber",
            table: "Debtors",
            column: "CustomerNumber",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_DirectLineTokens_ConversationId",
            table: "DirectLineTokens",
            column: "ConversationId");

        migrationBuilder.CreateIndex(
            name: "IX_Invoices_CreditorId",
            table: "Invoices",
            column: "CreditorId");

        migrationBuilder.CreateIndex(
            name: "IX_Invoices_DebtorId",
            table: "Invoices",
            column: "DebtorId");

        migrationBuilder.CreateIndex(
            name: "IX_Invoices_Number",
            table: "Invoices",
            column: "Number",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Payments_InvoiceId",
            table: "Payments",
            column: "InvoiceId");

        migrationBuilder.CreateIndex(
            name: "IX_UploadedFiles_ConversationId",
            table: "UploadedFiles",
            column: "ConversationId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "Payments");
        migrationBuilder.DropTable(name: "Invoices");
        migrationBuilder.DropTable(name: "UploadedFiles");
        migrationBuilder.DropTable(name: "DirectLineTokens");
        migrationBuilder.DropTable(name: "ConversationActivities");
        migrationBuilder.DropTable(name: "Debtors");
        migrationBuilder.DropTable(name: "Creditors");
        migrationBuilder.DropTable(name: "ConversationStates");
        migrationBuilder.DropTable(name: "Conversations");
    }
}
