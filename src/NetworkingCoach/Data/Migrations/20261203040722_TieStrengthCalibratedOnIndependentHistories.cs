using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NetworkingCoach.Data.Migrations
{
    /// <inheritdoc />
    public partial class TieStrengthCalibratedOnIndependentHistories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written: tie strength was recalibrated on a second, independently written set of
            // labelled histories (ADR-020). Saving the settings page stores every value, so a value
            // still equal to the previous default is forgotten and the new default applies; values
            // the user changed are kept.
            migrationBuilder.Sql("""
                DELETE FROM "Settings" WHERE ("Key", "Value") IN (
                    VALUES ('CoachingSettings.ConversationsWeight', '35'), ('CoachingSettings.ReciprocityWeight', '5'),
                           ('CoachingSettings.DepthWeight', '20'), ('CoachingSettings.BreadthWeight', '0'),
                           ('CoachingSettings.LongevityWeight', '10'), ('CoachingSettings.ClosenessPointsPerStep', '6'),
                           ('CoachingSettings.StrongTierMinScore', '75'), ('CoachingSettings.StrongMinConversations', '5'),
                           ('CoachingSettings.StrongMinKnownDays', '90'), ('CoachingSettings.TakerAskSharePercent', '100'));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
