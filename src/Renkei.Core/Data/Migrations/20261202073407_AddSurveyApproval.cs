using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Renkei.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddSurveyApproval : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "approval_comment",
                table: "survey_responses",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "approval_requested_at",
                table: "survey_responses",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "approval_requested_by_user_id",
                table: "survey_responses",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "approved_at",
                table: "survey_responses",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "approved_by_user_id",
                table: "survey_responses",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "requires_approval",
                table: "organisations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "is_approver",
                table: "AspNetUsers",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "approval_comment",
                table: "survey_responses");

            migrationBuilder.DropColumn(
                name: "approval_requested_at",
                table: "survey_responses");

            migrationBuilder.DropColumn(
                name: "approval_requested_by_user_id",
                table: "survey_responses");

            migrationBuilder.DropColumn(
                name: "approved_at",
                table: "survey_responses");

            migrationBuilder.DropColumn(
                name: "approved_by_user_id",
                table: "survey_responses");

            migrationBuilder.DropColumn(
                name: "requires_approval",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "is_approver",
                table: "AspNetUsers");
        }
    }
}
