using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Renkei.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddThemesAndTriage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateTable(
                name: "collaboration_themes",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    prefecture_id = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    deployment_method = table.Column<int>(type: "integer", nullable: true),
                    methods = table.Column<int[]>(type: "integer[]", nullable: false),
                    scope = table.Column<int>(type: "integer", nullable: false),
                    owner_organisation_id = table.Column<int>(type: "integer", nullable: false),
                    lead_department_id = table.Column<int>(type: "integer", nullable: true),
                    study_body = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    outcome = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    state = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    state_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_collaboration_themes", x => x.id);
                    table.ForeignKey(
                        name: "fk_collaboration_themes_departments_lead_department_id",
                        column: x => x.lead_department_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_collaboration_themes_organisations_owner_organisation_id",
                        column: x => x.owner_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_collaboration_themes_prefectures_prefecture_id",
                        column: x => x.prefecture_id,
                        principalTable: "prefectures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "need_triage",
                columns: table => new
                {
                    need_item_id = table.Column<int>(type: "integer", nullable: false),
                    state = table.Column<int>(type: "integer", nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    theme_id = table.Column<int>(type: "integer", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_need_triage", x => x.need_item_id);
                    table.ForeignKey(
                        name: "fk_need_triage_need_items_need_item_id",
                        column: x => x.need_item_id,
                        principalTable: "need_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_need_triage_themes_theme_id",
                        column: x => x.theme_id,
                        principalTable: "collaboration_themes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "theme_budget_notes",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    theme_id = table.Column<int>(type: "integer", nullable: false),
                    fiscal_year = table.Column<int>(type: "integer", nullable: false),
                    note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_theme_budget_notes", x => x.id);
                    table.ForeignKey(
                        name: "fk_theme_budget_notes_collaboration_themes_theme_id",
                        column: x => x.theme_id,
                        principalTable: "collaboration_themes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "theme_participants",
                columns: table => new
                {
                    collaboration_theme_id = table.Column<int>(type: "integer", nullable: false),
                    participants_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_theme_participants", x => new { x.collaboration_theme_id, x.participants_id });
                    table.ForeignKey(
                        name: "fk_theme_participants_collaboration_themes_collaboration_theme",
                        column: x => x.collaboration_theme_id,
                        principalTable: "collaboration_themes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_theme_participants_municipalities_participants_id",
                        column: x => x.participants_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "theme_transitions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    theme_id = table.Column<int>(type: "integer", nullable: false),
                    from = table.Column<int>(type: "integer", nullable: true),
                    to = table.Column<int>(type: "integer", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    decision_text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    decision_date = table.Column<DateOnly>(type: "date", nullable: true),
                    escalated = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_theme_transitions", x => x.id);
                    table.ForeignKey(
                        name: "fk_theme_transitions_collaboration_themes_theme_id",
                        column: x => x.theme_id,
                        principalTable: "collaboration_themes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_need_items_content_trgm",
                table: "need_items",
                column: "content")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_need_items_title_trgm",
                table: "need_items",
                column: "title")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_collaboration_themes_lead_department_id",
                table: "collaboration_themes",
                column: "lead_department_id");

            migrationBuilder.CreateIndex(
                name: "ix_collaboration_themes_owner_organisation_id",
                table: "collaboration_themes",
                column: "owner_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_collaboration_themes_prefecture_id_state",
                table: "collaboration_themes",
                columns: new[] { "prefecture_id", "state" });

            migrationBuilder.CreateIndex(
                name: "ix_need_triage_state",
                table: "need_triage",
                column: "state");

            migrationBuilder.CreateIndex(
                name: "ix_need_triage_theme_id",
                table: "need_triage",
                column: "theme_id");

            migrationBuilder.CreateIndex(
                name: "ix_theme_budget_notes_theme_id_fiscal_year",
                table: "theme_budget_notes",
                columns: new[] { "theme_id", "fiscal_year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_theme_participants_participants_id",
                table: "theme_participants",
                column: "participants_id");

            migrationBuilder.CreateIndex(
                name: "ix_theme_transitions_theme_id_at",
                table: "theme_transitions",
                columns: new[] { "theme_id", "at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "need_triage");

            migrationBuilder.DropTable(
                name: "theme_budget_notes");

            migrationBuilder.DropTable(
                name: "theme_participants");

            migrationBuilder.DropTable(
                name: "theme_transitions");

            migrationBuilder.DropTable(
                name: "collaboration_themes");

            migrationBuilder.DropIndex(
                name: "ix_need_items_content_trgm",
                table: "need_items");

            migrationBuilder.DropIndex(
                name: "ix_need_items_title_trgm",
                table: "need_items");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
