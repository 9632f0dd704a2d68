using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace FitFolio.Api.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddDistanceAndTimeExercises : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.InsertData(
                table: "exercises",
                columns: new[] { "id", "equipment", "is_archived", "kind", "name", "primary_muscles", "search_name", "secondary_muscles", "slug", "unique_name", "user_id" },
                values: new object[,]
                {
                    { new Guid("2e23a444-2167-5710-bd37-ec671dbf539e"), "bodyweight", false, "distance_time", "Running", "quadriceps,calves", "running", "hamstrings,glutes", "running", "running", null },
                    { new Guid("52e47b8d-84a8-5ff0-91a3-6dfecb38fbfc"), "machine", false, "distance_time", "Stationary Bike", "quadriceps", "stationary bike", "hamstrings,glutes,calves", "stationary-bike", "stationary bike", null },
                    { new Guid("6b80dc07-b153-5682-a740-d4bfc6f0ce05"), "machine", false, "distance_time", "Ski Erg", "lats,triceps", "ski erg", "abdominals,shoulders,glutes", "ski-erg", "ski erg", null },
                    { new Guid("d2e555d3-fe48-5594-b5df-b82d8ee070c4"), "machine", false, "distance_time", "Rowing Machine", "upper_back,quadriceps", "rowing machine", "lats,hamstrings,glutes,biceps", "rowing-machine", "rowing machine", null }
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DeleteData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("2e23a444-2167-5710-bd37-ec671dbf539e"));

            migrationBuilder.DeleteData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("52e47b8d-84a8-5ff0-91a3-6dfecb38fbfc"));

            migrationBuilder.DeleteData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("6b80dc07-b153-5682-a740-d4bfc6f0ce05"));

            migrationBuilder.DeleteData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("d2e555d3-fe48-5594-b5df-b82d8ee070c4"));
        }
    }
}
