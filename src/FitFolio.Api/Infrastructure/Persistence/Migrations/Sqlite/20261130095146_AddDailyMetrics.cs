using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FitFolio.Api.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddDailyMetrics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "daily_metrics",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    body_weight_kg = table.Column<double>(type: "REAL", nullable: true),
                    body_fat_percent = table.Column<double>(type: "REAL", nullable: true),
                    sleep_hours = table.Column<double>(type: "REAL", nullable: true),
                    sleep_quality = table.Column<int>(type: "INTEGER", nullable: true),
                    energy = table.Column<int>(type: "INTEGER", nullable: true),
                    notes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_daily_metrics", x => new { x.user_id, x.date });
                    table.ForeignKey(
                        name: "fk_daily_metrics_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "daily_metrics");
        }
    }
}
