using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Learn.Core.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class HelpAttachments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContentType",
                table: "HelpMessages",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<int>(
                name: "DurationMs",
                table: "HelpMessages",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FileBytes",
                table: "HelpMessages",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FileKey",
                table: "HelpMessages",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "HelpMessages",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ContentType",
                table: "HelpMessages");

            migrationBuilder.DropColumn(
                name: "DurationMs",
                table: "HelpMessages");

            migrationBuilder.DropColumn(
                name: "FileBytes",
                table: "HelpMessages");

            migrationBuilder.DropColumn(
                name: "FileKey",
                table: "HelpMessages");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "HelpMessages");
        }
    }
}
