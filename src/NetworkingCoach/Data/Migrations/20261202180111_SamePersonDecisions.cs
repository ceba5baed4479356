using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NetworkingCoach.Data.Migrations
{
    /// <inheritdoc />
    public partial class SamePersonDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SamePersonDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FirstContactId = table.Column<int>(type: "INTEGER", nullable: false),
                    SecondContactId = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SamePersonDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SamePersonDecisions_Contacts_FirstContactId",
                        column: x => x.FirstContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SamePersonDecisions_Contacts_SecondContactId",
                        column: x => x.SecondContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SamePersonDecisions_FirstContactId_SecondContactId",
                table: "SamePersonDecisions",
                columns: new[] { "FirstContactId", "SecondContactId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SamePersonDecisions_SecondContactId",
                table: "SamePersonDecisions",
                column: "SecondContactId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SamePersonDecisions");
        }
    }
}
