using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Renkei.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddMeetingOrderReason : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "order_reason",
                table: "meetings",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "order_reason",
                table: "meetings");
        }
    }
}
