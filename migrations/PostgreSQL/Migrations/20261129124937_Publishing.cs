using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NetworkGraph.Migrations.PostgreSQL.Migrations
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
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PublishedRevision",
                table: "Events",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PublishedRevision",
                table: "Defenders",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PublishedRevision",
                table: "Coalitions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PublishedRevision",
                table: "Campaigns",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PublishedRevision",
                table: "AdvocacyGoals",
                type: "integer",
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
