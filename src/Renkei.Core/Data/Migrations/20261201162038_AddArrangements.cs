using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Renkei.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddArrangements : Migration
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "arrangement_members");

            migrationBuilder.DropTable(
                name: "arrangement_steps");

            migrationBuilder.DropTable(
                name: "arrangements");
        }
    }
}
