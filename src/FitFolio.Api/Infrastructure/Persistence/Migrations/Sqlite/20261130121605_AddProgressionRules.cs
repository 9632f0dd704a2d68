using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FitFolio.Api.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddProgressionRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "progressed_through",
                table: "workout_templates",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "last_set_amrap",
                table: "workout_plan_items",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "progression_reason",
                table: "workout_plan_items",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "set_reps",
                table: "workout_plan_items",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "set_weights_kg",
                table: "workout_plan_items",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "target_reps",
                table: "workout_plan_items",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "cycle_week",
                table: "template_exercises",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "increment_kg",
                table: "template_exercises",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "progression",
                table: "template_exercises",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "progression_reason",
                table: "template_exercises",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "target_reps",
                table: "template_exercises",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "training_max_kg",
                table: "template_exercises",
                type: "REAL",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "progressed_through",
                table: "workout_templates");

            migrationBuilder.DropColumn(
                name: "last_set_amrap",
                table: "workout_plan_items");

            migrationBuilder.DropColumn(
                name: "progression_reason",
                table: "workout_plan_items");

            migrationBuilder.DropColumn(
                name: "set_reps",
                table: "workout_plan_items");

            migrationBuilder.DropColumn(
                name: "set_weights_kg",
                table: "workout_plan_items");

            migrationBuilder.DropColumn(
                name: "target_reps",
                table: "workout_plan_items");

            migrationBuilder.DropColumn(
                name: "cycle_week",
                table: "template_exercises");

            migrationBuilder.DropColumn(
                name: "increment_kg",
                table: "template_exercises");

            migrationBuilder.DropColumn(
                name: "progression",
                table: "template_exercises");

            migrationBuilder.DropColumn(
                name: "progression_reason",
                table: "template_exercises");

            migrationBuilder.DropColumn(
                name: "target_reps",
                table: "template_exercises");

            migrationBuilder.DropColumn(
                name: "training_max_kg",
                table: "template_exercises");
        }
    }
}
