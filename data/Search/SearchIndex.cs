using System.Linq.Expressions;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NetworkGraph.Data.Campaigns;
using NetworkGraph.Data.Coalitions;
using NetworkGraph.Data.Common;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Events;
using NetworkGraph.Data.Goals;
using NetworkGraph.Data.Organisations;

namespace NetworkGraph.Data.Search;

/// <summary>
/// Fills <see cref="SearchEntry"/> from the records and their translations, and searches it: SQLite with an
/// FTS5 table kept in step by triggers, PostgreSQL with a GIN-indexed <c>to_tsvector('simple', …)</c> (no
/// stemming, so every language and script is treated alike), SQL Server with LIKE. Words match as prefixes.
/// </summary>
public static class SearchIndex
{
    /// <summary>A searchable record type: its entries' record type (the entity's name) and the properties whose text is searched.</summary>
    private sealed record Source(Type Entity, string[] Properties)
    {
        public string RecordType => Entity.Name;

        public static Source Of<T>(params Expression<Func<T, string?>>[] texts) where T : CuratedEntity =>
            new(typeof(T), [.. texts.Select(text => ((MemberExpression)text.Body).Member.Name)]);
    }

    /// <summary>
    /// The searchable texts of each type; a record's translations (of whichever of these fields) are searched too. Restricted
    /// fields, such as a defender's legal name, are never listed here.
    /// </summary>
    private static readonly Source[] Sources =
    [
        Source.Of<Organisation>(o => o.Name, o => o.Acronym, o => o.Description),
        Source.Of<Defender>(d => d.Alias, d => d.Bio),
        Source.Of<Coalition>(c => c.Name, c => c.Acronym, c => c.Purpose),
        Source.Of<AdvocacyGoal>(g => g.Title, g => g.Summary),
        Source.Of<Event>(e => e.Title, e => e.City, e => e.Description),
        Source.Of<Campaign>(c => c.Title, c => c.Summary, c => c.Body),
    ];

    public const int MaxTerms = 8;

    /// <summary>
    /// SQLite ranks at most this many matching texts; the LIMIT also keeps SQLite from flattening the ranking
    /// subquery into the grouped query, where bm25() cannot run.
    /// </summary>
    private const int MaxMatches = 10_000;

    /// <summary>The field name of the entry that holds all texts of a record in its default locale.</summary>
    private const string RecordField = "*";

    /// <summary>Rebuilds the whole index in a few INSERT … SELECT statements.</summary>
    public static async Task RebuildAsync(NetworkGraphDbContext db, CancellationToken cancellationToken = default)
    {
        await db.SearchEntries.ExecuteDeleteAsync(cancellationToken);
        foreach (var source in Sources)
            foreach (var statement in Statements(db, source, oneRecord: false))
                await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
    }

    /// <summary>
    /// Replaces one record's entries from its saved columns and translations, with the same statements as
    /// <see cref="RebuildAsync"/>; it changes no tracked entity, so it runs inside the transaction of the save it follows.
    /// </summary>
    public static async Task ReindexAsync<T>(NetworkGraphDbContext db, Guid recordId, CancellationToken cancellationToken = default) where T : CuratedEntity
    {
        var source = Sources.Single(s => s.Entity == typeof(T));
        await db.SearchEntries.Where(e => e.RecordId == recordId).ExecuteDeleteAsync(cancellationToken);
        foreach (var statement in Statements(db, source, oneRecord: true))
            await db.Database.ExecuteSqlRawAsync(statement, [recordId], cancellationToken);
    }

    /// <summary>A record's own texts in its default locale, then its translations; for one record (parameter {0}) or all.</summary>
    private static IEnumerable<string> Statements(NetworkGraphDbContext db, Source source, bool oneRecord)
    {
        var entity = db.Model.FindEntityType(source.Entity)!;
        var table = Quote(entity.GetTableName()!);
        // Every name in these statements comes from the model and the declarations above, never from a client.
        var columns = string.Join(", ' ', ", source.Properties.Select(property => Quote(entity.FindProperty(property)!.GetColumnName())));
        yield return $"""
            INSERT INTO "SearchEntries" ("RecordId", "Field", "Locale", "RecordType", "Text")
            SELECT "Id", '{RecordField}', "DefaultLocale", '{source.RecordType}', CONCAT({columns}) FROM {table}
            {(oneRecord ? """WHERE "Id" = {0}""" : "")}
            """;
        yield return $"""
            INSERT INTO "SearchEntries" ("RecordId", "Field", "Locale", "RecordType", "Text")
            SELECT t."OwnerId", t."Field", t."Locale", '{source.RecordType}', t."Text"
            FROM "LocalizedTexts" t JOIN {table} r ON r."Id" = t."OwnerId" AND r."DefaultLocale" <> t."Locale"
            {(oneRecord ? """WHERE r."Id" = {0}""" : "")}
            """;
    }

    /// <summary>
    /// Drops what deleted entries leave behind in the index's own storage, so that erased text is gone from the
    /// database files too. SQLite's FTS5 keeps deleted terms in its segments until they are merged; the other providers
    /// index the table itself.
    /// </summary>
    public static async Task CompactAsync(NetworkGraphDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("""INSERT INTO "SearchEntriesFts"("SearchEntriesFts") VALUES ('optimize')""", cancellationToken);
    }

    /// <summary>The records matching every word of the text, best first; null when the text has no words.</summary>
    public static IQueryable<SearchHit>? Hits(NetworkGraphDbContext db, string text)
    {
        var terms = Terms(text);
        if (terms.Count == 0) return null;
        if (db.Database.IsSqlite())
            return db.Set<SearchHit>().FromSqlRaw("""
                SELECT e."RecordType", e."RecordId", MAX(m.score) AS "Score"
                FROM (SELECT rowid AS id, -bm25("SearchEntriesFts") AS score FROM "SearchEntriesFts" WHERE "SearchEntriesFts" MATCH {0}
                      ORDER BY rank LIMIT {1}) m
                JOIN "SearchEntries" e ON e.rowid = m.id
                GROUP BY e."RecordType", e."RecordId"
                """, string.Join(" AND ", terms.Select(term => $"\"{term}\"*")), MaxMatches);
        if (db.Database.IsNpgsql())
            return db.Set<SearchHit>().FromSqlRaw("""
                SELECT e."RecordType", e."RecordId", MAX(ts_rank(to_tsvector('simple', e."Text"), q))::float8 AS "Score"
                FROM "SearchEntries" e, to_tsquery('simple', {0}) q
                WHERE to_tsvector('simple', e."Text") @@ q
                GROUP BY e."RecordType", e."RecordId"
                """, string.Join(" & ", terms.Select(term => $"{term}:*")));
        var conditions = string.Join(" AND ", terms.Select((_, i) => $"e.\"Text\" LIKE {{{i}}}"));
        var likeSearch = $"""
            SELECT e."RecordType", e."RecordId", CAST(COUNT(*) AS float) AS "Score"
            FROM "SearchEntries" e WHERE {conditions}
            GROUP BY e."RecordType", e."RecordId"
            """;
        return db.Set<SearchHit>().FromSqlRaw(likeSearch, terms.Select(term => (object)$"%{term}%").ToArray());
    }

    /// <summary>The words of a search text: letters and digits of any script, lower-cased, at most <see cref="MaxTerms"/>.</summary>
    public static List<string> Terms(string text)
    {
        var terms = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (char.IsLetterOrDigit(c)) word.Append(char.ToLowerInvariant(c));
            else if (word.Length > 0)
            {
                if (terms.Count < MaxTerms) terms.Add(word.ToString());
                word.Clear();
            }
        }
        return terms;
    }

    private static string Quote(string identifier) => $"\"{identifier}\"";
}
