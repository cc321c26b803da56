using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Learn.Core.Storage.Migrations
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
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    MasteredLevels = table.Column<long>(type: "INTEGER", nullable: false),
                    MasteredFor = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FailuresInARow = table.Column<int>(type: "INTEGER", nullable: false),
                    LastActivityAt = table.Column<long>(type: "INTEGER", nullable: false)
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
