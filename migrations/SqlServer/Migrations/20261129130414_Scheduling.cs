using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NetworkGraph.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Scheduling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "Organisations",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "Organisations",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "Events",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "Events",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "Defenders",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "Defenders",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "Coalitions",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "Coalitions",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAt",
                table: "AdvocacyGoals",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAt",
                table: "AdvocacyGoals",
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_PublishAt",
                table: "Organisations",
                column: "PublishAt");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_UnpublishAt",
                table: "Organisations",
                column: "UnpublishAt");

            migrationBuilder.CreateIndex(
                name: "IX_Events_PublishAt",
                table: "Events",
                column: "PublishAt");

            migrationBuilder.CreateIndex(
                name: "IX_Events_UnpublishAt",
                table: "Events",
                column: "UnpublishAt");

            migrationBuilder.CreateIndex(
                name: "IX_Defenders_PublishAt",
                table: "Defenders",
                column: "PublishAt");

            migrationBuilder.CreateIndex(
                name: "IX_Defenders_UnpublishAt",
                table: "Defenders",
                column: "UnpublishAt");

            migrationBuilder.CreateIndex(
                name: "IX_Coalitions_PublishAt",
                table: "Coalitions",
                column: "PublishAt");

            migrationBuilder.CreateIndex(
                name: "IX_Coalitions_UnpublishAt",
                table: "Coalitions",
                column: "UnpublishAt");

            migrationBuilder.CreateIndex(
                name: "IX_AdvocacyGoals_PublishAt",
                table: "AdvocacyGoals",
                column: "PublishAt");

            migrationBuilder.CreateIndex(
                name: "IX_AdvocacyGoals_UnpublishAt",
                table: "AdvocacyGoals",
                column: "UnpublishAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Organisations_PublishAt",
                table: "Organisations");

            migrationBuilder.DropIndex(
                name: "IX_Organisations_UnpublishAt",
                table: "Organisations");

            migrationBuilder.DropIndex(
                name: "IX_Events_PublishAt",
                table: "Events");

            migrationBuilder.DropIndex(
                name: "IX_Events_UnpublishAt",
                table: "Events");

            migrationBuilder.DropIndex(
                name: "IX_Defenders_PublishAt",
                table: "Defenders");

            migrationBuilder.DropIndex(
                name: "IX_Defenders_UnpublishAt",
                table: "Defenders");

            migrationBuilder.DropIndex(
                name: "IX_Coalitions_PublishAt",
                table: "Coalitions");

            migrationBuilder.DropIndex(
                name: "IX_Coalitions_UnpublishAt",
                table: "Coalitions");

            migrationBuilder.DropIndex(
                name: "IX_AdvocacyGoals_PublishAt",
                table: "AdvocacyGoals");

            migrationBuilder.DropIndex(
                name: "IX_AdvocacyGoals_UnpublishAt",
                table: "AdvocacyGoals");

            migrationBuilder.DropColumn(
                name: "PublishAt",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "UnpublishAt",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "PublishAt",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "UnpublishAt",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "PublishAt",
                table: "Defenders");

            migrationBuilder.DropColumn(
                name: "UnpublishAt",
                table: "Defenders");

            migrationBuilder.DropColumn(
                name: "PublishAt",
                table: "Coalitions");

            migrationBuilder.DropColumn(
                name: "UnpublishAt",
                table: "Coalitions");

            migrationBuilder.DropColumn(
                name: "PublishAt",
                table: "AdvocacyGoals");

            migrationBuilder.DropColumn(
                name: "UnpublishAt",
                table: "AdvocacyGoals");
        }
    }
}
