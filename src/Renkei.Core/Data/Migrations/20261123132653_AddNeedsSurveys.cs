using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Renkei.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddNeedsSurveys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "needs_surveys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    prefecture_id = table.Column<int>(type: "integer", nullable: false),
                    fiscal_year = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    municipal_opens_on = table.Column<DateOnly>(type: "date", nullable: false),
                    municipal_closes_on = table.Column<DateOnly>(type: "date", nullable: false),
                    department_opens_on = table.Column<DateOnly>(type: "date", nullable: false),
                    department_closes_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_needs_surveys", x => x.id);
                    table.ForeignKey(
                        name: "fk_needs_surveys_prefectures_prefecture_id",
                        column: x => x.prefecture_id,
                        principalTable: "prefectures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "survey_categories",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    survey_id = table.Column<int>(type: "integer", nullable: false),
                    section = table.Column<int>(type: "integer", nullable: false),
                    label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    is_other = table.Column<bool>(type: "boolean", nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_survey_categories", x => x.id);
                    table.ForeignKey(
                        name: "fk_survey_categories_needs_surveys_survey_id",
                        column: x => x.survey_id,
                        principalTable: "needs_surveys",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_needs_surveys_prefecture_id_fiscal_year",
                table: "needs_surveys",
                columns: new[] { "prefecture_id", "fiscal_year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_survey_categories_survey_id_section_label",
                table: "survey_categories",
                columns: new[] { "survey_id", "section", "label" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "survey_categories");

            migrationBuilder.DropTable(
                name: "needs_surveys");
        }
    }
}
