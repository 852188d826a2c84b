using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NetworkGraph.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchEntries",
                columns: table => new
                {
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Locale = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    RecordType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchEntries", x => new { x.RecordId, x.Field, x.Locale });
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_RecordType",
                table: "SearchEntries",
                column: "RecordType");

            // Full-text search: an FTS5 index over SearchEntries.Text, kept in step by triggers.
            migrationBuilder.Sql("""CREATE VIRTUAL TABLE "SearchEntriesFts" USING fts5("Text", content='SearchEntries', content_rowid='rowid');""");
            migrationBuilder.Sql("""CREATE TRIGGER "SearchEntries_Inserted" AFTER INSERT ON "SearchEntries" BEGIN INSERT INTO "SearchEntriesFts"(rowid, "Text") VALUES (new.rowid, new."Text"); END;""");
            migrationBuilder.Sql("""CREATE TRIGGER "SearchEntries_Deleted" AFTER DELETE ON "SearchEntries" BEGIN INSERT INTO "SearchEntriesFts"("SearchEntriesFts", rowid, "Text") VALUES ('delete', old.rowid, old."Text"); END;""");
            migrationBuilder.Sql("""CREATE TRIGGER "SearchEntries_Updated" AFTER UPDATE ON "SearchEntries" BEGIN INSERT INTO "SearchEntriesFts"("SearchEntriesFts", rowid, "Text") VALUES ('delete', old.rowid, old."Text"); INSERT INTO "SearchEntriesFts"(rowid, "Text") VALUES (new.rowid, new."Text"); END;""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE "SearchEntriesFts";""");
            migrationBuilder.DropTable(
                name: "SearchEntries");
        }
    }
}
