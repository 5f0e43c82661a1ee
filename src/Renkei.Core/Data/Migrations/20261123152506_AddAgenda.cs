using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Renkei.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddAgenda : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "agenda_item_id",
                table: "theme_transitions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "meeting_id",
                table: "theme_transitions",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "agenda_items",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    meeting_id = table.Column<int>(type: "integer", nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    presenter_organisation_id = table.Column<int>(type: "integer", nullable: true),
                    theme_ids = table.Column<int[]>(type: "integer[]", nullable: false),
                    outcome = table.Column<int>(type: "integer", nullable: true),
                    minutes_note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agenda_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_agenda_items_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_agenda_items_organisations_presenter_organisation_id",
                        column: x => x.presenter_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_agenda_items_meeting_id_sort_order",
                table: "agenda_items",
                columns: new[] { "meeting_id", "sort_order" });

            migrationBuilder.CreateIndex(
                name: "ix_agenda_items_presenter_organisation_id",
                table: "agenda_items",
                column: "presenter_organisation_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agenda_items");

            migrationBuilder.DropColumn(
                name: "agenda_item_id",
                table: "theme_transitions");

            migrationBuilder.DropColumn(
                name: "meeting_id",
                table: "theme_transitions");
        }
    }
}
