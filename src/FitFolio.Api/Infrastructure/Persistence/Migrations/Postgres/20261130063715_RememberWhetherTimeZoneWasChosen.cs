using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FitFolio.Api.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RememberWhetherTimeZoneWasChosen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "time_zone_chosen",
                table: "users",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // A zone other than the old UTC default was set by the user; a UTC one is taken from the browser once.
            migrationBuilder.Sql("UPDATE users SET time_zone_chosen = (time_zone <> 'UTC')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "time_zone_chosen",
                table: "users");
        }
    }
}
