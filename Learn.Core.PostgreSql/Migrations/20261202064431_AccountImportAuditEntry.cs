using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Learn.Core.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AccountImportAuditEntry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ImportAuditEntryId",
                table: "Accounts",
                type: "bigint",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ImportAuditEntryId",
                table: "Accounts");
        }
    }
}
