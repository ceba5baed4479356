using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace NetworkingCoach.Data.Migrations;

/// <summary>Adds the lower-cased search text behind quick search and fills it for existing contacts.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000002_ContactSearchText")]
public partial class ContactSearchText : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(
            name: "SearchText",
            table: "Contacts",
            type: "TEXT",
            maxLength: 2000,
            nullable: false,
            defaultValue: "");

        // Same shape as ContactSearchText.Build: name, company, then every email, lower-cased.
        migrationBuilder.Sql(
            """
            UPDATE "Contacts" SET "SearchText" = lower(
                "Name"
                || coalesce(' ' || (SELECT "Name" FROM "Companies" WHERE "Companies"."Id" = "Contacts"."CompanyId"), '')
                || coalesce((SELECT group_concat(' ' || "NormalizedAddress", '') FROM "ContactEmails" WHERE "ContactEmails"."ContactId" = "Contacts"."Id"), ''));
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "SearchText", table: "Contacts");
    }
}
