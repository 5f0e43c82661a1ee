using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Renkei.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddMaterialVisibility : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Existing materials stay 庁内 (Visibility.Internal = 2); xmin is PostgreSQL's own column, nothing to add.
            migrationBuilder.AddColumn<int>(
                name: "visibility",
                table: "meeting_materials",
                type: "integer",
                nullable: false,
                defaultValue: 2);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "visibility",
                table: "meeting_materials");
        }
    }
}
