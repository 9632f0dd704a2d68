using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FitFolio.Api.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddProgressionRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "progressed_through",
                table: "workout_templates",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "last_set_amrap",
                table: "workout_plan_items",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "progression_reason",
                table: "workout_plan_items",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<List<int>>(
                name: "set_reps",
                table: "workout_plan_items",
                type: "integer[]",
                nullable: true);

            migrationBuilder.AddColumn<List<double>>(
                name: "set_weights_kg",
                table: "workout_plan_items",
                type: "double precision[]",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "target_reps",
                table: "workout_plan_items",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "cycle_week",
                table: "template_exercises",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "increment_kg",
                table: "template_exercises",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "progression",
                table: "template_exercises",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "progression_reason",
                table: "template_exercises",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "target_reps",
                table: "template_exercises",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "training_max_kg",
                table: "template_exercises",
                type: "double precision",
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
