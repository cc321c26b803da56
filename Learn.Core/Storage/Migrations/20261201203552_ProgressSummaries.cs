using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Learn.Core.Storage.Migrations
{
    /// <inheritdoc />
    public partial class ProgressSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LearnerLevelSummaries",
                columns: table => new
                {
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    LevelNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    MasteredLessons = table.Column<int>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    FailuresInARow = table.Column<int>(type: "INTEGER", nullable: false),
                    LastActivityAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearnerLevelSummaries", x => new { x.AccountId, x.LevelNumber });
                    table.ForeignKey(
                        name: "FK_LearnerLevelSummaries_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VillageLessonSummaries",
                columns: table => new
                {
                    VillageId = table.Column<int>(type: "INTEGER", nullable: false),
                    LessonId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VillageLessonSummaries", x => new { x.VillageId, x.LessonId });
                    table.ForeignKey(
                        name: "FK_VillageLessonSummaries_Villages_VillageId",
                        column: x => x.VillageId,
                        principalTable: "Villages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VillageQuestionSummaries",
                columns: table => new
                {
                    VillageId = table.Column<int>(type: "INTEGER", nullable: false),
                    LessonId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    QuestionId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    WrongAnswers = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VillageQuestionSummaries", x => new { x.VillageId, x.LessonId, x.QuestionId });
                    table.ForeignKey(
                        name: "FK_VillageQuestionSummaries_Villages_VillageId",
                        column: x => x.VillageId,
                        principalTable: "Villages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LearnerLevelSummaries");

            migrationBuilder.DropTable(
                name: "VillageLessonSummaries");

            migrationBuilder.DropTable(
                name: "VillageQuestionSummaries");
        }
    }
}
