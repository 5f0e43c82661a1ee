using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Renkei.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddVisibilityLevels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "visibility",
                table: "need_items",
                type: "integer",
                nullable: false,
                defaultValue: 2); // 庁内 (Visibility.Internal): every existing row keeps the reading rules it had

            migrationBuilder.AddColumn<int>(
                name: "visibility",
                table: "collaboration_themes",
                type: "integer",
                nullable: false,
                defaultValue: 2); // 庁内 (Visibility.Internal): every existing row keeps the reading rules it had
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "visibility",
                table: "need_items");

            migrationBuilder.DropColumn(
                name: "visibility",
                table: "collaboration_themes");
        }
    }
}
