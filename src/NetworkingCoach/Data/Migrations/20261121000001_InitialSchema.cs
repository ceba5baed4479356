using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace NetworkingCoach.Data.Migrations;

/// <summary>The whole product's schema: contacts, companies, touchpoints, referrals, messages, imports, settings, reminders.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000001_InitialSchema")]
public partial class InitialSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(
            """
                CREATE TABLE "Companies" (
                    "Id" INTEGER NOT NULL CONSTRAINT "PK_Companies" PRIMARY KEY AUTOINCREMENT,
                    "Name" TEXT NOT NULL,
                    "NormalizedName" TEXT NOT NULL,
                    "Website" TEXT NULL,
                    "Notes" TEXT NULL,
                    "CreatedAt" TEXT NOT NULL
                );

                CREATE TABLE "ImportBatches" (
                    "Id" INTEGER NOT NULL CONSTRAINT "PK_ImportBatches" PRIMARY KEY AUTOINCREMENT,
                    "FileName" TEXT NOT NULL,
                    "Format" TEXT NOT NULL,
                    "StartedAt" TEXT NOT NULL,
                    "CompletedAt" TEXT NULL,
                    "RowCount" INTEGER NOT NULL,
                    "CreatedCount" INTEGER NOT NULL,
                    "MergedCount" INTEGER NOT NULL,
                    "DuplicateCount" INTEGER NOT NULL,
                    "ErrorCount" INTEGER NOT NULL,
                    "UndoneAt" TEXT NULL
                );

                CREATE TABLE "ReminderStates" (
                    "Id" INTEGER NOT NULL CONSTRAINT "PK_ReminderStates" PRIMARY KEY AUTOINCREMENT,
                    "ItemKey" TEXT NOT NULL,
                    "IsDone" INTEGER NOT NULL,
                    "SnoozedUntil" TEXT NULL,
                    "At" TEXT NOT NULL
                );

                CREATE TABLE "Settings" (
                    "Key" TEXT NOT NULL CONSTRAINT "PK_Settings" PRIMARY KEY,
                    "Value" TEXT NOT NULL
                );

                CREATE TABLE "Tags" (
                    "Id" INTEGER NOT NULL CONSTRAINT "PK_Tags" PRIMARY KEY AUTOINCREMENT,
                    "Name" TEXT NOT NULL,
                    "NormalizedName" TEXT NOT NULL,
                    "CadenceDays" INTEGER NULL
                );

                CREATE TABLE "Contacts" (
                    "Id" INTEGER NOT NULL CONSTRAINT "PK_Contacts" PRIMARY KEY AUTOINCREMENT,
                    "Name" TEXT NOT NULL,
                    "CompanyId" INTEGER NULL,
                    "Title" TEXT NULL,
                    "Location" TEXT NULL,
                    "HowWeMet" TEXT NULL,
                    "KnownSince" TEXT NULL,
                    "Closeness" INTEGER NULL,
                    "Notes" TEXT NULL,
                    "LinkedInUrl" TEXT NULL,
                    "LinkedInKey" TEXT NULL,
                    "CadenceDays" INTEGER NULL,
                    "IsArchived" INTEGER NOT NULL,
                    "CreatedAt" TEXT NOT NULL,
                    "UpdatedAt" TEXT NOT NULL,
                    "Version" INTEGER NOT NULL,
                    CONSTRAINT "FK_Contacts_Companies_CompanyId" FOREIGN KEY ("CompanyId") REFERENCES "Companies" ("Id") ON DELETE SET NULL
                );

                CREATE TABLE "ContactEmails" (
                    "Id" INTEGER NOT NULL CONSTRAINT "PK_ContactEmails" PRIMARY KEY AUTOINCREMENT,
                    "ContactId" INTEGER NOT NULL,
                    "Address" TEXT NOT NULL,
                    "NormalizedAddress" TEXT NOT NULL,
                    "Label" TEXT NULL,
                    "Position" INTEGER NOT NULL,
                    CONSTRAINT "FK_ContactEmails_Contacts_ContactId" FOREIGN KEY ("ContactId") REFERENCES "Contacts" ("Id") ON DELETE CASCADE
                );

                CREATE TABLE "ContactPhones" (
                    "Id" INTEGER NOT NULL CONSTRAINT "PK_ContactPhones" PRIMARY KEY AUTOINCREMENT,
                    "ContactId" INTEGER NOT NULL,
                    "Number" TEXT NOT NULL,
                    "Label" TEXT NULL,
                    "Position" INTEGER NOT NULL,
                    CONSTRAINT "FK_ContactPhones_Contacts_ContactId" FOREIGN KEY ("ContactId") REFERENCES "Contacts" ("Id") ON DELETE CASCADE
                );

                CREATE TABLE "ContactTags" (
                    "ContactId" INTEGER NOT NULL,
                    "TagId" INTEGER NOT NULL,
                    CONSTRAINT "PK_ContactTags" PRIMARY KEY ("ContactId", "TagId"),
                    CONSTRAINT "FK_ContactTags_Contacts_ContactId" FOREIGN KEY ("ContactId") REFERENCES "Contacts" ("Id") ON DELETE CASCADE,
                    CONSTRAINT "FK_ContactTags_Tags_TagId" FOREIGN KEY ("TagId") REFERENCES "Tags" ("Id") ON DELETE CASCADE
                );

                CREATE TABLE "ImportBatchItems" (
                    "Id" INTEGER NOT NULL CONSTRAINT "PK_ImportBatchItems" PRIMARY KEY AUTOINCREMENT,
                    "ImportBatchId" INTEGER NOT NULL,
                    "ContactId" INTEGER NOT NULL,
                    "Kind" INTEGER NOT NULL,
                    "ContactVersionAfter" INTEGER NOT NULL,
                    "Before" TEXT NULL,
                    CONSTRAINT "FK_ImportBatchItems_Contacts_ContactId" FOREIGN KEY ("ContactId") REFERENCES "Contacts" ("Id") ON DELETE CASCADE,
                    CONSTRAINT "FK_ImportBatchItems_ImportBatches_ImportBatchId" FOREIGN KEY ("ImportBatchId") REFERENCES "ImportBatches" ("Id") ON DELETE CASCADE
                );

                CREATE TABLE "Messages" (
                    "Id" INTEGER NOT NULL CONSTRAINT "PK_Messages" PRIMARY KEY AUTOINCREMENT,
                    "ContactId" INTEGER NOT NULL,
                    "Subject" TEXT NOT NULL,
                    "Body" TEXT NOT NULL,
                    "ChosenIntent" INTEGER NULL,
                    "ClassifiedIntent" INTEGER NOT NULL,
                    "Decision" INTEGER NOT NULL,
                    "VerdictReasons" TEXT NULL,
                    "Status" INTEGER NOT NULL,
                    "SentTouchpointId" INTEGER NULL,
                    "CreatedAt" TEXT NOT NULL,
                    "UpdatedAt" TEXT NOT NULL,
                    "SentAt" TEXT NULL,
                    CONSTRAINT "FK_Messages_Contacts_ContactId" FOREIGN KEY ("ContactId") REFERENCES "Contacts" ("Id") ON DELETE CASCADE
                );

                CREATE TABLE "Touchpoints" (
                    "Id" INTEGER NOT NULL CONSTRAINT "PK_Touchpoints" PRIMARY KEY AUTOINCREMENT,
                    "ContactId" INTEGER NOT NULL,
                    "OccurredAt" TEXT NOT NULL,
                    "Channel" INTEGER NOT NULL,
                    "Direction" INTEGER NOT NULL,
                    "Intent" INTEGER NOT NULL,
                    "Replied" INTEGER NOT NULL,
                    "Summary" TEXT NULL,
                    "FollowUpOn" TEXT NULL,
                    "MeetingPurpose" TEXT NULL,
                    "MeetingAgenda" TEXT NULL,
                    "MeetingOutcome" TEXT NULL,
                    "CreatedAt" TEXT NOT NULL,
                    "UpdatedAt" TEXT NOT NULL,
                    CONSTRAINT "FK_Touchpoints_Contacts_ContactId" FOREIGN KEY ("ContactId") REFERENCES "Contacts" ("Id") ON DELETE CASCADE
                );

                CREATE TABLE "Referrals" (
                    "Id" INTEGER NOT NULL CONSTRAINT "PK_Referrals" PRIMARY KEY AUTOINCREMENT,
                    "ReferrerId" INTEGER NOT NULL,
                    "ReferredId" INTEGER NOT NULL,
                    "SourceTouchpointId" INTEGER NULL,
                    "Status" INTEGER NOT NULL,
                    "SuggestedOn" TEXT NOT NULL,
                    "ContactedOn" TEXT NULL,
                    "MetOn" TEXT NULL,
                    "ThankedOn" TEXT NULL,
                    "Note" TEXT NULL,
                    "CreatedAt" TEXT NOT NULL,
                    CONSTRAINT "FK_Referrals_Contacts_ReferredId" FOREIGN KEY ("ReferredId") REFERENCES "Contacts" ("Id") ON DELETE CASCADE,
                    CONSTRAINT "FK_Referrals_Contacts_ReferrerId" FOREIGN KEY ("ReferrerId") REFERENCES "Contacts" ("Id") ON DELETE CASCADE,
                    CONSTRAINT "FK_Referrals_Touchpoints_SourceTouchpointId" FOREIGN KEY ("SourceTouchpointId") REFERENCES "Touchpoints" ("Id") ON DELETE SET NULL
                );

                CREATE UNIQUE INDEX "IX_Companies_NormalizedName" ON "Companies" ("NormalizedName");

                CREATE INDEX "IX_ContactEmails_ContactId" ON "ContactEmails" ("ContactId");

                CREATE INDEX "IX_ContactEmails_NormalizedAddress" ON "ContactEmails" ("NormalizedAddress");

                CREATE INDEX "IX_ContactPhones_ContactId" ON "ContactPhones" ("ContactId");

                CREATE INDEX "IX_Contacts_CompanyId" ON "Contacts" ("CompanyId");

                CREATE INDEX "IX_Contacts_IsArchived" ON "Contacts" ("IsArchived");

                CREATE INDEX "IX_Contacts_LinkedInKey" ON "Contacts" ("LinkedInKey");

                CREATE INDEX "IX_Contacts_Name" ON "Contacts" ("Name");

                CREATE INDEX "IX_ContactTags_TagId" ON "ContactTags" ("TagId");

                CREATE INDEX "IX_ImportBatchItems_ContactId" ON "ImportBatchItems" ("ContactId");

                CREATE INDEX "IX_ImportBatchItems_ImportBatchId" ON "ImportBatchItems" ("ImportBatchId");

                CREATE INDEX "IX_Messages_ContactId" ON "Messages" ("ContactId");

                CREATE INDEX "IX_Referrals_ReferredId" ON "Referrals" ("ReferredId");

                CREATE UNIQUE INDEX "IX_Referrals_ReferrerId_ReferredId" ON "Referrals" ("ReferrerId", "ReferredId");

                CREATE INDEX "IX_Referrals_SourceTouchpointId" ON "Referrals" ("SourceTouchpointId");

                CREATE UNIQUE INDEX "IX_ReminderStates_ItemKey" ON "ReminderStates" ("ItemKey");

                CREATE UNIQUE INDEX "IX_Tags_NormalizedName" ON "Tags" ("NormalizedName");

                CREATE INDEX "IX_Touchpoints_ContactId_OccurredAt" ON "Touchpoints" ("ContactId", "OccurredAt");

                CREATE INDEX "IX_Touchpoints_FollowUpOn" ON "Touchpoints" ("FollowUpOn");

                CREATE INDEX "IX_Touchpoints_OccurredAt" ON "Touchpoints" ("OccurredAt");
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "Referrals");
        migrationBuilder.DropTable(name: "Touchpoints");
        migrationBuilder.DropTable(name: "Messages");
        migrationBuilder.DropTable(name: "ImportBatchItems");
        migrationBuilder.DropTable(name: "ContactTags");
        migrationBuilder.DropTable(name: "ContactPhones");
        migrationBuilder.DropTable(name: "ContactEmails");
        migrationBuilder.DropTable(name: "Contacts");
        migrationBuilder.DropTable(name: "Tags");
        migrationBuilder.DropTable(name: "Settings");
        migrationBuilder.DropTable(name: "ReminderStates");
        migrationBuilder.DropTable(name: "ImportBatches");
        migrationBuilder.DropTable(name: "Companies");
    }
}
