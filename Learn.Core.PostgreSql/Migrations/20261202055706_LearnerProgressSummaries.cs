using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Learn.Core.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class LearnerProgressSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LearnerProgressSummaries",
                columns: table => new
                {
                    AccountId = table.Column<int>(type: "integer", nullable: false),
                    MasteredLevels = table.Column<long>(type: "bigint", nullable: false),
                    MasteredFor = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    FailuresInARow = table.Column<int>(type: "integer", nullable: false),
                    LastActivityAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearnerProgressSummaries", x => x.AccountId);
                    table.ForeignKey(
                        name: "FK_LearnerProgressSummaries_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LearnerProgressSummaries");
        }
    }
}
