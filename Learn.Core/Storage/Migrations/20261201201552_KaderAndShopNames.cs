using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Learn.Core.Storage.Migrations
{
    /// <inheritdoc />
    public partial class KaderAndShopNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // "Kader" is the one name for the peer tutor; rename in place so existing pairs survive.
            migrationBuilder.RenameTable(name: "TutorAssignments", newName: "KaderAssignments");
            migrationBuilder.RenameTable(name: "TutorWishes", newName: "KaderWishes");
            migrationBuilder.RenameIndex(name: "IX_TutorAssignments_KaderId", table: "KaderAssignments", newName: "IX_KaderAssignments_KaderId");
            migrationBuilder.RenameIndex(name: "IX_TutorAssignments_LearnerId", table: "KaderAssignments", newName: "IX_KaderAssignments_LearnerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameIndex(name: "IX_KaderAssignments_LearnerId", table: "KaderAssignments", newName: "IX_TutorAssignments_LearnerId");
            migrationBuilder.RenameIndex(name: "IX_KaderAssignments_KaderId", table: "KaderAssignments", newName: "IX_TutorAssignments_KaderId");
            migrationBuilder.RenameTable(name: "KaderWishes", newName: "TutorWishes");
            migrationBuilder.RenameTable(name: "KaderAssignments", newName: "TutorAssignments");
        }
    }
}
