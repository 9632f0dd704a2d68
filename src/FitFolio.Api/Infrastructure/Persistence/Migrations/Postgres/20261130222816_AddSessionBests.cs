using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FitFolio.Api.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddSessionBests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "session_bests",
                columns: table => new
                {
                    workout_id = table.Column<Guid>(type: "uuid", nullable: false),
                    exercise_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    epley_kg = table.Column<double>(type: "double precision", nullable: false),
                    brzycki_kg = table.Column<double>(type: "double precision", nullable: true),
                    rpe_kg = table.Column<double>(type: "double precision", nullable: true),
                    top_weight_kg = table.Column<double>(type: "double precision", nullable: false),
                    volume_kg = table.Column<double>(type: "double precision", nullable: false),
                    set_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_session_bests", x => new { x.workout_id, x.exercise_id });
                    table.ForeignKey(
                        name: "fk_session_bests_exercises_exercise_id",
                        column: x => x.exercise_id,
                        principalTable: "exercises",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_session_bests_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_session_bests_workouts_workout_id",
                        column: x => x.workout_id,
                        principalTable: "workouts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_session_bests_exercise_id",
                table: "session_bests",
                column: "exercise_id");

            migrationBuilder.CreateIndex(
                name: "ix_session_bests_user_covering",
                table: "session_bests",
                columns: new[] { "user_id", "workout_id", "exercise_id", "epley_kg", "brzycki_kg", "rpe_kg" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "session_bests");
        }
    }
}
