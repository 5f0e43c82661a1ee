using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Renkei.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddGrantsAndIndicators : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "area_km2",
                table: "municipality_statistics",
                type: "numeric(8,2)",
                precision: 8,
                scale: 2,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "grant_programs",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    prefecture_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    scheme = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    purpose = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    first_fiscal_year = table.Column<int>(type: "integer", nullable: false),
                    last_fiscal_year = table.Column<int>(type: "integer", nullable: false),
                    last_adoption_fiscal_year = table.Column<int>(type: "integer", nullable: false),
                    cap_per_member = table.Column<long>(type: "bigint", nullable: false),
                    max_support_years = table.Column<int>(type: "integer", nullable: false),
                    typical_min_members = table.Column<int>(type: "integer", nullable: false),
                    typical_max_members = table.Column<int>(type: "integer", nullable: false),
                    eligibility_notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    allocation = table.Column<int>(type: "integer", nullable: false),
                    statistics_year = table.Column<int>(type: "integer", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    benchmarks = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grant_programs", x => x.id);
                    table.ForeignKey(
                        name: "fk_grant_programs_prefectures_prefecture_id",
                        column: x => x.prefecture_id,
                        principalTable: "prefectures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "indicators",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    prefecture_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    direction = table.Column<int>(type: "integer", nullable: false),
                    plan = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    owner_department_id = table.Column<int>(type: "integer", nullable: true),
                    year_kind = table.Column<int>(type: "integer", nullable: false),
                    baseline_value = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: true),
                    baseline_year = table.Column<int>(type: "integer", nullable: true),
                    baseline_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    final_target_value = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: true),
                    final_target_year = table.Column<int>(type: "integer", nullable: true),
                    milestone_label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicators", x => x.id);
                    table.ForeignKey(
                        name: "fk_indicators_departments_owner_department_id",
                        column: x => x.owner_department_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_indicators_prefectures_prefecture_id",
                        column: x => x.prefecture_id,
                        principalTable: "prefectures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "collaboration_areas",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    program_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    start_fiscal_year = table.Column<int>(type: "integer", nullable: false),
                    declared_member_count = table.Column<int>(type: "integer", nullable: true),
                    settlement_relation = table.Column<int>(type: "integer", nullable: true),
                    agreement_on = table.Column<DateOnly>(type: "date", nullable: true),
                    agreement_published_on = table.Column<DateOnly>(type: "date", nullable: true),
                    vision_on = table.Column<DateOnly>(type: "date", nullable: true),
                    vision_from_fiscal_year = table.Column<int>(type: "integer", nullable: true),
                    vision_to_fiscal_year = table.Column<int>(type: "integer", nullable: true),
                    vision_published_on = table.Column<DateOnly>(type: "date", nullable: true),
                    stakeholders_heard = table.Column<bool>(type: "boolean", nullable: true),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_collaboration_areas", x => x.id);
                    table.ForeignKey(
                        name: "fk_collaboration_areas_grant_programs_program_id",
                        column: x => x.program_id,
                        principalTable: "grant_programs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "indicator_targets",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    indicator_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    value = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicator_targets", x => x.id);
                    table.ForeignKey(
                        name: "fk_indicator_targets_indicators_indicator_id",
                        column: x => x.indicator_id,
                        principalTable: "indicators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "indicator_themes",
                columns: table => new
                {
                    indicator_id = table.Column<int>(type: "integer", nullable: false),
                    theme_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicator_themes", x => new { x.indicator_id, x.theme_id });
                    table.ForeignKey(
                        name: "fk_indicator_themes_collaboration_themes_theme_id",
                        column: x => x.theme_id,
                        principalTable: "collaboration_themes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_indicator_themes_indicators_indicator_id",
                        column: x => x.indicator_id,
                        principalTable: "indicators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "indicator_values",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    indicator_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    value = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    observed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    state = table.Column<int>(type: "integer", nullable: false),
                    submitted_by_organisation_id = table.Column<int>(type: "integer", nullable: false),
                    review_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicator_values", x => x.id);
                    table.ForeignKey(
                        name: "fk_indicator_values_indicators_indicator_id",
                        column: x => x.indicator_id,
                        principalTable: "indicators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_indicator_values_organisations_submitted_by_organisation_id",
                        column: x => x.submitted_by_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "area_members",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    area_id = table.Column<int>(type: "integer", nullable: false),
                    municipality_id = table.Column<int>(type: "integer", nullable: false),
                    joined_on = table.Column<DateOnly>(type: "date", nullable: true),
                    left_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_area_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_area_members_collaboration_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "collaboration_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_area_members_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "area_milestones",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    area_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_area_milestones", x => x.id);
                    table.ForeignKey(
                        name: "fk_area_milestones_collaboration_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "collaboration_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "area_secretariats",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    area_id = table.Column<int>(type: "integer", nullable: false),
                    fiscal_year = table.Column<int>(type: "integer", nullable: false),
                    municipality_id = table.Column<int>(type: "integer", nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_area_secretariats", x => x.id);
                    table.ForeignKey(
                        name: "fk_area_secretariats_collaboration_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "collaboration_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_area_secretariats_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "area_vision_fields",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    area_id = table.Column<int>(type: "integer", nullable: false),
                    field = table.Column<int>(type: "integer", nullable: false),
                    projects = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_area_vision_fields", x => x.id);
                    table.ForeignKey(
                        name: "fk_area_vision_fields_collaboration_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "collaboration_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grants",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    area_id = table.Column<int>(type: "integer", nullable: false),
                    fiscal_year = table.Column<int>(type: "integer", nullable: false),
                    state = table.Column<int>(type: "integer", nullable: false),
                    applied_on = table.Column<DateOnly>(type: "date", nullable: false),
                    awarded_on = table.Column<DateOnly>(type: "date", nullable: true),
                    conditions = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    report_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    report_received_on = table.Column<DateOnly>(type: "date", nullable: true),
                    report_summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grants", x => x.id);
                    table.ForeignKey(
                        name: "fk_grants_collaboration_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "collaboration_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "grant_projects",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    grant_id = table.Column<int>(type: "integer", nullable: false),
                    field = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    planned_amount = table.Column<long>(type: "bigint", nullable: true),
                    result = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    amount_used = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grant_projects", x => x.id);
                    table.ForeignKey(
                        name: "fk_grant_projects_grants_grant_id",
                        column: x => x.grant_id,
                        principalTable: "grants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grant_shares",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    grant_id = table.Column<int>(type: "integer", nullable: false),
                    municipality_id = table.Column<int>(type: "integer", nullable: false),
                    amount_applied_for = table.Column<long>(type: "bigint", nullable: false),
                    amount_awarded = table.Column<long>(type: "bigint", nullable: true),
                    amount_used = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grant_shares", x => x.id);
                    table.CheckConstraint("ck_grant_shares_amounts", "amount_applied_for >= 0 AND (amount_awarded IS NULL OR amount_awarded >= 0) AND (amount_used IS NULL OR amount_used >= 0)");
                    table.ForeignKey(
                        name: "fk_grant_shares_grants_grant_id",
                        column: x => x.grant_id,
                        principalTable: "grants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_grant_shares_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "disbursements",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    grant_share_id = table.Column<int>(type: "integer", nullable: false),
                    paid_on = table.Column<DateOnly>(type: "date", nullable: false),
                    amount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_disbursements", x => x.id);
                    table.CheckConstraint("ck_disbursements_amount", "amount > 0");
                    table.ForeignKey(
                        name: "fk_disbursements_grant_shares_grant_share_id",
                        column: x => x.grant_share_id,
                        principalTable: "grant_shares",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_area_members_area_id_municipality_id",
                table: "area_members",
                columns: new[] { "area_id", "municipality_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_area_members_municipality_id",
                table: "area_members",
                column: "municipality_id");

            migrationBuilder.CreateIndex(
                name: "ix_area_milestones_area_id",
                table: "area_milestones",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_area_secretariats_area_id_fiscal_year",
                table: "area_secretariats",
                columns: new[] { "area_id", "fiscal_year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_area_secretariats_municipality_id",
                table: "area_secretariats",
                column: "municipality_id");

            migrationBuilder.CreateIndex(
                name: "ix_area_vision_fields_area_id_field",
                table: "area_vision_fields",
                columns: new[] { "area_id", "field" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_collaboration_areas_program_id_name",
                table: "collaboration_areas",
                columns: new[] { "program_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_disbursements_grant_share_id",
                table: "disbursements",
                column: "grant_share_id");

            migrationBuilder.CreateIndex(
                name: "ix_grant_programs_prefecture_id_name",
                table: "grant_programs",
                columns: new[] { "prefecture_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_grant_projects_grant_id",
                table: "grant_projects",
                column: "grant_id");

            migrationBuilder.CreateIndex(
                name: "ix_grant_shares_grant_id_municipality_id",
                table: "grant_shares",
                columns: new[] { "grant_id", "municipality_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_grant_shares_municipality_id",
                table: "grant_shares",
                column: "municipality_id");

            migrationBuilder.CreateIndex(
                name: "ix_grants_area_id_fiscal_year",
                table: "grants",
                columns: new[] { "area_id", "fiscal_year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_indicator_targets_indicator_id_year",
                table: "indicator_targets",
                columns: new[] { "indicator_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_indicator_themes_theme_id",
                table: "indicator_themes",
                column: "theme_id");

            migrationBuilder.CreateIndex(
                name: "ix_indicator_values_indicator_id_year",
                table: "indicator_values",
                columns: new[] { "indicator_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_indicator_values_submitted_by_organisation_id",
                table: "indicator_values",
                column: "submitted_by_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_indicators_owner_department_id",
                table: "indicators",
                column: "owner_department_id");

            migrationBuilder.CreateIndex(
                name: "ix_indicators_prefecture_id",
                table: "indicators",
                column: "prefecture_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "area_members");

            migrationBuilder.DropTable(
                name: "area_milestones");

            migrationBuilder.DropTable(
                name: "area_secretariats");

            migrationBuilder.DropTable(
                name: "area_vision_fields");

            migrationBuilder.DropTable(
                name: "disbursements");

            migrationBuilder.DropTable(
                name: "grant_projects");

            migrationBuilder.DropTable(
                name: "indicator_targets");

            migrationBuilder.DropTable(
                name: "indicator_themes");

            migrationBuilder.DropTable(
                name: "indicator_values");

            migrationBuilder.DropTable(
                name: "grant_shares");

            migrationBuilder.DropTable(
                name: "indicators");

            migrationBuilder.DropTable(
                name: "grants");

            migrationBuilder.DropTable(
                name: "collaboration_areas");

            migrationBuilder.DropTable(
                name: "grant_programs");

            migrationBuilder.DropColumn(
                name: "area_km2",
                table: "municipality_statistics");
        }
    }
}
