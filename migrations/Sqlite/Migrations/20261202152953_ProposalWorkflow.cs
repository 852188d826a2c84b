using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NetworkGraph.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProposalWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CreatedRecordType",
                table: "AllianceProposals");

            migrationBuilder.RenameColumn(
                name: "CreatedRecordId",
                table: "AllianceProposals",
                newName: "DeclinedByOrganisationId");

            migrationBuilder.AddColumn<DateTime>(
                name: "RespondedAt",
                table: "ProposalParties",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RespondedBy",
                table: "ProposalParties",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RespondedOnBehalf",
                table: "ProposalParties",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Response",
                table: "ProposalParties",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ResponseNote",
                table: "ProposalParties",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "FromId",
                table: "ChangeLog",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SeenBefore",
                table: "ChangeLog",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ToId",
                table: "ChangeLog",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CoalitionName",
                table: "AllianceProposals",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ProposalCreatedRecord",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalCreatedRecord", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProposalCreatedRecord_AllianceProposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "AllianceProposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AllianceProposals_DeclinedByOrganisationId",
                table: "AllianceProposals",
                column: "DeclinedByOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalCreatedRecord_ProposalId",
                table: "ProposalCreatedRecord",
                column: "ProposalId");

            migrationBuilder.AddForeignKey(
                name: "FK_AllianceProposals_Organisations_DeclinedByOrganisationId",
                table: "AllianceProposals",
                column: "DeclinedByOrganisationId",
                principalTable: "Organisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AllianceProposals_Organisations_DeclinedByOrganisationId",
                table: "AllianceProposals");

            migrationBuilder.DropTable(
                name: "ProposalCreatedRecord");

            migrationBuilder.DropIndex(
                name: "IX_AllianceProposals_DeclinedByOrganisationId",
                table: "AllianceProposals");

            migrationBuilder.DropColumn(
                name: "RespondedAt",
                table: "ProposalParties");

            migrationBuilder.DropColumn(
                name: "RespondedBy",
                table: "ProposalParties");

            migrationBuilder.DropColumn(
                name: "RespondedOnBehalf",
                table: "ProposalParties");

            migrationBuilder.DropColumn(
                name: "Response",
                table: "ProposalParties");

            migrationBuilder.DropColumn(
                name: "ResponseNote",
                table: "ProposalParties");

            migrationBuilder.DropColumn(
                name: "FromId",
                table: "ChangeLog");

            migrationBuilder.DropColumn(
                name: "SeenBefore",
                table: "ChangeLog");

            migrationBuilder.DropColumn(
                name: "ToId",
                table: "ChangeLog");

            migrationBuilder.DropColumn(
                name: "CoalitionName",
                table: "AllianceProposals");

            migrationBuilder.RenameColumn(
                name: "DeclinedByOrganisationId",
                table: "AllianceProposals",
                newName: "CreatedRecordId");

            migrationBuilder.AddColumn<string>(
                name: "CreatedRecordType",
                table: "AllianceProposals",
                type: "TEXT",
                maxLength: 40,
                nullable: true);
        }
    }
}
