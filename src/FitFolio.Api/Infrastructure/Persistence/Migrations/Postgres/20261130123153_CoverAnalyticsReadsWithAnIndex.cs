using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FitFolio.Api.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CoverAnalyticsReadsWithAnIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_workout_sets_user_id_exercise_id",
                table: "workout_sets");

            migrationBuilder.CreateIndex(
                name: "ix_workout_sets_user_exercise_covering",
                table: "workout_sets",
                columns: new[] { "user_id", "exercise_id", "workout_id", "reps", "weight_kg", "set_type", "rpe" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_workout_sets_user_exercise_covering",
                table: "workout_sets");

            migrationBuilder.CreateIndex(
                name: "ix_workout_sets_user_id_exercise_id",
                table: "workout_sets",
                columns: new[] { "user_id", "exercise_id" });
        }
    }
}
