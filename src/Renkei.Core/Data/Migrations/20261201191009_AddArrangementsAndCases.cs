using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Renkei.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddArrangementsAndCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "arrangements",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    prefecture_id = table.Column<int>(type: "integer", nullable: false),
                    type = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kinds_of_work = table.Column<string[]>(type: "text[]", nullable: false),
                    established_on = table.Column<DateOnly>(type: "date", nullable: true),
                    dissolved_on = table.Column<DateOnly>(type: "date", nullable: true),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_arrangements", x => x.id);
                    table.ForeignKey(
                        name: "fk_arrangements_prefectures_prefecture_id",
                        column: x => x.prefecture_id,
                        principalTable: "prefectures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "arrangement_documents",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    arrangement_id = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_arrangement_documents", x => x.id);
                    table.ForeignKey(
                        name: "fk_arrangement_documents_arrangements_arrangement_id",
                        column: x => x.arrangement_id,
                        principalTable: "arrangements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "arrangement_members",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    arrangement_id = table.Column<int>(type: "integer", nullable: false),
                    organisation_id = table.Column<int>(type: "integer", nullable: true),
                    is_prefecture = table.Column<bool>(type: "boolean", nullable: false),
                    party_arrangement_id = table.Column<int>(type: "integer", nullable: true),
                    role = table.Column<int>(type: "integer", nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: true),
                    until = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_arrangement_members", x => x.id);
                    table.CheckConstraint("ck_arrangement_members_one_party", "(CASE WHEN organisation_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN is_prefecture THEN 1 ELSE 0 END) + (CASE WHEN party_arrangement_id IS NULL THEN 0 ELSE 1 END) = 1");
                    table.ForeignKey(
                        name: "fk_arrangement_members_arrangements_arrangement_id",
                        column: x => x.arrangement_id,
                        principalTable: "arrangements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_arrangement_members_arrangements_party_arrangement_id",
                        column: x => x.party_arrangement_id,
                        principalTable: "arrangements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_arrangement_members_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "arrangement_steps",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    arrangement_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: true),
                    month_only = table.Column<bool>(type: "boolean", nullable: false),
                    partner_organisation_id = table.Column<int>(type: "integer", nullable: true),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_arrangement_steps", x => x.id);
                    table.ForeignKey(
                        name: "fk_arrangement_steps_arrangements_arrangement_id",
                        column: x => x.arrangement_id,
                        principalTable: "arrangements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_arrangement_steps_organisations_partner_organisation_id",
                        column: x => x.partner_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "cases",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    prefecture_id = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    people = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    budget_yen = table.Column<long>(type: "bigint", nullable: true),
                    started_on = table.Column<DateOnly>(type: "date", nullable: true),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    transfer_notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    fields = table.Column<string[]>(type: "text[]", nullable: false),
                    methods = table.Column<int[]>(type: "integer[]", nullable: false),
                    organisation_ids = table.Column<int[]>(type: "integer[]", nullable: false),
                    author_organisation_id = table.Column<int>(type: "integer", nullable: false),
                    state = table.Column<int>(type: "integer", nullable: false),
                    visibility = table.Column<int>(type: "integer", nullable: false),
                    return_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    theme_id = table.Column<int>(type: "integer", nullable: true),
                    arrangement_id = table.Column<int>(type: "integer", nullable: true),
                    meeting_id = table.Column<int>(type: "integer", nullable: true),
                    search_text = table.Column<string>(type: "text", nullable: false, computedColumnSql: "title || ' ' || summary || ' ' || coalesce(description, '') || ' ' || coalesce(transfer_notes, '')", stored: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cases", x => x.id);
                    table.ForeignKey(
                        name: "fk_cases_arrangements_arrangement_id",
                        column: x => x.arrangement_id,
                        principalTable: "arrangements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_cases_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_cases_organisations_author_organisation_id",
                        column: x => x.author_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_cases_prefectures_prefecture_id",
                        column: x => x.prefecture_id,
                        principalTable: "prefectures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_cases_themes_theme_id",
                        column: x => x.theme_id,
                        principalTable: "collaboration_themes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "correction_requests",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    arrangement_id = table.Column<int>(type: "integer", nullable: false),
                    organisation_id = table.Column<int>(type: "integer", nullable: false),
                    requested_by = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    state = table.Column<int>(type: "integer", nullable: false),
                    reply = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_correction_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_correction_requests_arrangements_arrangement_id",
                        column: x => x.arrangement_id,
                        principalTable: "arrangements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_correction_requests_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "adoptions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_id = table.Column<int>(type: "integer", nullable: false),
                    organisation_id = table.Column<int>(type: "integer", nullable: false),
                    theme_id = table.Column<int>(type: "integer", nullable: true),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    stage = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    changes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_adoptions", x => x.id);
                    table.ForeignKey(
                        name: "fk_adoptions_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_adoptions_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_adoptions_themes_theme_id",
                        column: x => x.theme_id,
                        principalTable: "collaboration_themes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "case_attachments",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_id = table.Column<int>(type: "integer", nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    storage_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    uploaded_by = table.Column<Guid>(type: "uuid", nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_attachments", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_attachments_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_results",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_id = table.Column<int>(type: "integer", nullable: false),
                    indicator = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    before = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    after = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_results", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_results_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_sources",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_id = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_sources", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_sources_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_adoptions_case_id_organisation_id",
                table: "adoptions",
                columns: new[] { "case_id", "organisation_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_adoptions_organisation_id",
                table: "adoptions",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_adoptions_theme_id",
                table: "adoptions",
                column: "theme_id");

            migrationBuilder.CreateIndex(
                name: "ix_arrangement_documents_arrangement_id",
                table: "arrangement_documents",
                column: "arrangement_id");

            migrationBuilder.CreateIndex(
                name: "ix_arrangement_members_arrangement_id",
                table: "arrangement_members",
                column: "arrangement_id");

            migrationBuilder.CreateIndex(
                name: "ix_arrangement_members_organisation_id",
                table: "arrangement_members",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_arrangement_members_party_arrangement_id",
                table: "arrangement_members",
                column: "party_arrangement_id");

            migrationBuilder.CreateIndex(
                name: "ix_arrangement_steps_arrangement_id",
                table: "arrangement_steps",
                column: "arrangement_id");

            migrationBuilder.CreateIndex(
                name: "ix_arrangement_steps_partner_organisation_id",
                table: "arrangement_steps",
                column: "partner_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_arrangements_prefecture_id_type",
                table: "arrangements",
                columns: new[] { "prefecture_id", "type" });

            migrationBuilder.CreateIndex(
                name: "ix_case_attachments_case_id",
                table: "case_attachments",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_attachments_storage_key",
                table: "case_attachments",
                column: "storage_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_case_results_case_id",
                table: "case_results",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_sources_case_id",
                table: "case_sources",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_cases_arrangement_id",
                table: "cases",
                column: "arrangement_id");

            migrationBuilder.CreateIndex(
                name: "ix_cases_author_organisation_id",
                table: "cases",
                column: "author_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_cases_meeting_id",
                table: "cases",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_cases_prefecture_id_state",
                table: "cases",
                columns: new[] { "prefecture_id", "state" });

            migrationBuilder.CreateIndex(
                name: "ix_cases_search_text_trgm",
                table: "cases",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_cases_theme_id",
                table: "cases",
                column: "theme_id");

            migrationBuilder.CreateIndex(
                name: "ix_correction_requests_arrangement_id_state",
                table: "correction_requests",
                columns: new[] { "arrangement_id", "state" });

            migrationBuilder.CreateIndex(
                name: "ix_correction_requests_organisation_id",
                table: "correction_requests",
                column: "organisation_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "adoptions");

            migrationBuilder.DropTable(
                name: "arrangement_documents");

            migrationBuilder.DropTable(
                name: "arrangement_members");

            migrationBuilder.DropTable(
                name: "arrangement_steps");

            migrationBuilder.DropTable(
                name: "case_attachments");

            migrationBuilder.DropTable(
                name: "case_results");

            migrationBuilder.DropTable(
                name: "case_sources");

            migrationBuilder.DropTable(
                name: "correction_requests");

            migrationBuilder.DropTable(
                name: "cases");

            migrationBuilder.DropTable(
                name: "arrangements");
        }
    }
}
