using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Renkei.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddRegionalWork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_need_items_content_trgm",
                table: "need_items");

            migrationBuilder.DropIndex(
                name: "ix_need_items_title_trgm",
                table: "need_items");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "confirmed_at",
                table: "need_items",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "confirmed_by_user_id",
                table: "need_items",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "heard_by_organisation_id",
                table: "need_items",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "heard_in_contact_id",
                table: "need_items",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "owner_organisation_id",
                table: "council_bodies",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "audit_entries",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                table: "need_items",
                type: "text",
                nullable: false,
                computedColumnSql: "title || ' ' || coalesce(form, '') || ' ' || coalesce(content, '') || ' ' || coalesce(issues, '')",
                stored: true);

            migrationBuilder.CreateTable(
                name: "contact_log_entries",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    prefecture_id = table.Column<int>(type: "integer", nullable: false),
                    keeper_organisation_id = table.Column<int>(type: "integer", nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    municipality_ids = table.Column<int[]>(type: "integer[]", nullable: false),
                    participants = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    topics = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    issues_heard = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    theme_id = table.Column<int>(type: "integer", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_log_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_contact_log_entries_collaboration_themes_theme_id",
                        column: x => x.theme_id,
                        principalTable: "collaboration_themes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_contact_log_entries_organisations_keeper_organisation_id",
                        column: x => x.keeper_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_contact_log_entries_prefectures_prefecture_id",
                        column: x => x.prefecture_id,
                        principalTable: "prefectures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "notices",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    prefecture_id = table.Column<int>(type: "integer", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    subject = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    href = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    mailed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notices", x => x.id);
                    table.ForeignKey(
                        name: "fk_notices_prefectures_prefecture_id",
                        column: x => x.prefecture_id,
                        principalTable: "prefectures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_notices_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "notification_preferences",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    mail_kinds = table.Column<int[]>(type: "integer[]", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notification_preferences", x => x.user_id);
                    table.ForeignKey(
                        name: "fk_notification_preferences_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "notification_runs",
                columns: table => new
                {
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    ran_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created = table.Column<int>(type: "integer", nullable: false),
                    mailed = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notification_runs", x => x.day);
                });

            migrationBuilder.CreateTable(
                name: "support_team_members",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    prefecture_id = table.Column<int>(type: "integer", nullable: false),
                    support_office_id = table.Column<int>(type: "integer", nullable: false),
                    department = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    post = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    fields = table.Column<int[]>(type: "integer[]", nullable: false),
                    contact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_support_team_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_support_team_members_organisations_support_office_id",
                        column: x => x.support_office_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_support_team_members_prefectures_prefecture_id",
                        column: x => x.prefecture_id,
                        principalTable: "prefectures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "follow_ups",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    entry_id = table.Column<int>(type: "integer", nullable: false),
                    task = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    owner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    done_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_follow_ups", x => x.id);
                    table.ForeignKey(
                        name: "fk_follow_ups_contact_log_entries_entry_id",
                        column: x => x.entry_id,
                        principalTable: "contact_log_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "support_requests",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    prefecture_id = table.Column<int>(type: "integer", nullable: false),
                    support_office_id = table.Column<int>(type: "integer", nullable: false),
                    theme_id = table.Column<int>(type: "integer", nullable: true),
                    need_item_id = table.Column<int>(type: "integer", nullable: true),
                    field = table.Column<int>(type: "integer", nullable: false),
                    question = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    requested_on = table.Column<DateOnly>(type: "date", nullable: false),
                    wanted_by = table.Column<DateOnly>(type: "date", nullable: true),
                    member_id = table.Column<int>(type: "integer", nullable: true),
                    state = table.Column<int>(type: "integer", nullable: false),
                    answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    answered_on = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_support_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_support_requests_collaboration_themes_theme_id",
                        column: x => x.theme_id,
                        principalTable: "collaboration_themes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_support_requests_need_items_need_item_id",
                        column: x => x.need_item_id,
                        principalTable: "need_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_support_requests_organisations_support_office_id",
                        column: x => x.support_office_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_support_requests_prefectures_prefecture_id",
                        column: x => x.prefecture_id,
                        principalTable: "prefectures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_support_requests_support_team_members_member_id",
                        column: x => x.member_id,
                        principalTable: "support_team_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "ix_need_items_heard_by_organisation_id",
                table: "need_items",
                column: "heard_by_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_need_items_heard_in_contact_id",
                table: "need_items",
                column: "heard_in_contact_id");

            migrationBuilder.CreateIndex(
                name: "ix_need_items_search_text_trgm",
                table: "need_items",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_council_bodies_owner_organisation_id",
                table: "council_bodies",
                column: "owner_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_prefecture_id_at",
                table: "audit_entries",
                columns: new[] { "prefecture_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_contact_log_entries_keeper_organisation_id",
                table: "contact_log_entries",
                column: "keeper_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_contact_log_entries_prefecture_id_keeper_organisation_id_on",
                table: "contact_log_entries",
                columns: new[] { "prefecture_id", "keeper_organisation_id", "on" });

            migrationBuilder.CreateIndex(
                name: "ix_contact_log_entries_theme_id",
                table: "contact_log_entries",
                column: "theme_id");

            migrationBuilder.CreateIndex(
                name: "ix_follow_ups_entry_id",
                table: "follow_ups",
                column: "entry_id");

            migrationBuilder.CreateIndex(
                name: "ix_notices_key",
                table: "notices",
                column: "key");

            migrationBuilder.CreateIndex(
                name: "ix_notices_prefecture_id",
                table: "notices",
                column: "prefecture_id");

            migrationBuilder.CreateIndex(
                name: "ix_notices_user_id_key",
                table: "notices",
                columns: new[] { "user_id", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_notices_user_id_read_at",
                table: "notices",
                columns: new[] { "user_id", "read_at" });

            migrationBuilder.CreateIndex(
                name: "ix_support_requests_member_id",
                table: "support_requests",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "ix_support_requests_need_item_id",
                table: "support_requests",
                column: "need_item_id");

            migrationBuilder.CreateIndex(
                name: "ix_support_requests_prefecture_id_support_office_id_state",
                table: "support_requests",
                columns: new[] { "prefecture_id", "support_office_id", "state" });

            migrationBuilder.CreateIndex(
                name: "ix_support_requests_support_office_id",
                table: "support_requests",
                column: "support_office_id");

            migrationBuilder.CreateIndex(
                name: "ix_support_requests_theme_id",
                table: "support_requests",
                column: "theme_id");

            migrationBuilder.CreateIndex(
                name: "ix_support_team_members_prefecture_id_support_office_id",
                table: "support_team_members",
                columns: new[] { "prefecture_id", "support_office_id" });

            migrationBuilder.CreateIndex(
                name: "ix_support_team_members_support_office_id",
                table: "support_team_members",
                column: "support_office_id");

            migrationBuilder.AddForeignKey(
                name: "fk_council_bodies_organisations_owner_organisation_id",
                table: "council_bodies",
                column: "owner_organisation_id",
                principalTable: "organisations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_need_items_contact_log_entries_heard_in_contact_id",
                table: "need_items",
                column: "heard_in_contact_id",
                principalTable: "contact_log_entries",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_need_items_organisations_heard_by_organisation_id",
                table: "need_items",
                column: "heard_by_organisation_id",
                principalTable: "organisations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_council_bodies_organisations_owner_organisation_id",
                table: "council_bodies");

            migrationBuilder.DropForeignKey(
                name: "fk_need_items_contact_log_entries_heard_in_contact_id",
                table: "need_items");

            migrationBuilder.DropForeignKey(
                name: "fk_need_items_organisations_heard_by_organisation_id",
                table: "need_items");

            migrationBuilder.DropTable(
                name: "follow_ups");

            migrationBuilder.DropTable(
                name: "notices");

            migrationBuilder.DropTable(
                name: "notification_preferences");

            migrationBuilder.DropTable(
                name: "notification_runs");

            migrationBuilder.DropTable(
                name: "support_requests");

            migrationBuilder.DropTable(
                name: "contact_log_entries");

            migrationBuilder.DropTable(
                name: "support_team_members");

            migrationBuilder.DropIndex(
                name: "ix_need_items_heard_by_organisation_id",
                table: "need_items");

            migrationBuilder.DropIndex(
                name: "ix_need_items_heard_in_contact_id",
                table: "need_items");

            migrationBuilder.DropIndex(
                name: "ix_need_items_search_text_trgm",
                table: "need_items");

            migrationBuilder.DropIndex(
                name: "ix_council_bodies_owner_organisation_id",
                table: "council_bodies");

            migrationBuilder.DropIndex(
                name: "ix_audit_entries_prefecture_id_at",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "search_text",
                table: "need_items");

            migrationBuilder.DropColumn(
                name: "confirmed_at",
                table: "need_items");

            migrationBuilder.DropColumn(
                name: "confirmed_by_user_id",
                table: "need_items");

            migrationBuilder.DropColumn(
                name: "heard_by_organisation_id",
                table: "need_items");

            migrationBuilder.DropColumn(
                name: "heard_in_contact_id",
                table: "need_items");

            migrationBuilder.DropColumn(
                name: "owner_organisation_id",
                table: "council_bodies");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "audit_entries");

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
        }
    }
}
