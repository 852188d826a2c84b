using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NetworkGraph.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Publishing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PublishedRevision",
                table: "Organisations",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PublishedRevision",
                table: "Events",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PublishedRevision",
                table: "Defenders",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PublishedRevision",
                table: "Coalitions",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PublishedRevision",
                table: "Campaigns",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PublishedRevision",
                table: "AdvocacyGoals",
                type: "int",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PublishedRevision",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "PublishedRevision",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "PublishedRevision",
                table: "Defenders");

            migrationBuilder.DropColumn(
                name: "PublishedRevision",
                table: "Coalitions");

            migrationBuilder.DropColumn(
                name: "PublishedRevision",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "PublishedRevision",
                table: "AdvocacyGoals");
        }
    }
}
