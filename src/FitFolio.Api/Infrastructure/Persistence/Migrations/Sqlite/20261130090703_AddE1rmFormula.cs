using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FitFolio.Api.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddE1rmFormula : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "e1rm_formula",
                table: "users",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "epley");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // In place: EF's table rebuild fails here when several migrations on users are reverted in one go.
            migrationBuilder.Sql("ALTER TABLE users DROP COLUMN e1rm_formula");
        }
    }
}
