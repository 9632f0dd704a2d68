using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FitFolio.Api.Infrastructure.Persistence.Migrations.Postgres
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
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "epley");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "e1rm_formula",
                table: "users");
        }
    }
}
