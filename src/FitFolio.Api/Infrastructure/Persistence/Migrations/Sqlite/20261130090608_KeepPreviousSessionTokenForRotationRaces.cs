using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FitFolio.Api.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KeepPreviousSessionTokenForRotationRaces : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "previous_token_hash",
                table: "sessions",
                type: "BLOB",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "previous_token_valid_until",
                table: "sessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_sessions_previous_token_hash",
                table: "sessions",
                column: "previous_token_hash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_sessions_previous_token_hash",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "previous_token_hash",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "previous_token_valid_until",
                table: "sessions");
        }
    }
}
