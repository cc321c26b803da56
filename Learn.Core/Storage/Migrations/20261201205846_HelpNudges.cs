using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Learn.Core.Storage.Migrations
{
    /// <inheritdoc />
    public partial class HelpNudges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HelpNudges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LearnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    ById = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HelpNudges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HelpNudges_Accounts_ById",
                        column: x => x.ById,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HelpNudges_Accounts_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HelpNudges_ById",
                table: "HelpNudges",
                column: "ById");

            migrationBuilder.CreateIndex(
                name: "IX_HelpNudges_LearnerId_At",
                table: "HelpNudges",
                columns: new[] { "LearnerId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HelpNudges");
        }
    }
}
