using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NetworkingCoach.Data.Migrations
{
    /// <inheritdoc />
    public partial class ContactBirthday : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "Birthday",
                table: "Contacts",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Birthday",
                table: "Contacts");
        }
    }
}
