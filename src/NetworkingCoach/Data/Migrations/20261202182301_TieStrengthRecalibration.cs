using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NetworkingCoach.Data.Migrations
{
    /// <inheritdoc />
    public partial class TieStrengthRecalibration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written: the tie-strength score was recalibrated (ADR-009). Values saved for the
            // settings whose scale or meaning changed would override the new defaults, so they go.
            migrationBuilder.Sql("""
                DELETE FROM "Settings" WHERE "Key" IN (
                    'CoachingSettings.RecencyWeight', 'CoachingSettings.FrequencyWeight',
                    'CoachingSettings.ReciprocityWeight', 'CoachingSettings.DepthWeight',
                    'CoachingSettings.LongevityWeight', 'CoachingSettings.RecencyFullDays',
                    'CoachingSettings.FrequencyTargetCount', 'CoachingSettings.InitiativeTargetCount',
                    'CoachingSettings.ClosenessPointsPerStep', 'CoachingSettings.StrongTierMinScore',
                    'CoachingSettings.MediumTierMinScore');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
