using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NetworkingCoach.Data.Migrations
{
    /// <inheritdoc />
    public partial class IntentCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IntentCorrections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    ReadAs = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CorrectedTo = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Confidence = table.Column<double>(type: "REAL", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntentCorrections", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IntentCorrections_UpdatedAt",
                table: "IntentCorrections",
                column: "UpdatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IntentCorrections");
        }
    }
}
