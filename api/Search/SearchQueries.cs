using Microsoft.Extensions.Options;
using NetworkGraph.Data.Search;

namespace NetworkGraph.Api.Search;

/// <summary>
/// Full-text search over names, acronyms, descriptions, aliases and the other texts of every locale, ranked by
/// each provider's own relevance, and only ever over records the caller may see: the visibility condition is
/// part of the same SQL statement, so neither the results nor the count reveal a hidden record.
/// </summary>
public sealed class SearchQueries(NodeSources sources) : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionGraphType<SearchResultGraphType, object>>>("search")
            .Description("Records whose texts contain every word of the search text (as word prefixes), best match first.")
            .Argument<NonNullGraphType<StringGraphType>>("text", $"The words to look for; at most {SearchIndex.MaxTerms} count.")
            .Argument<ListGraphType<NonNullGraphType<EnumerationGraphType<SearchableType>>>>("types", "Only records of these types.")
            .Argument<IntGraphType>("first", "How many results to return (default and maximum are configured).")
            .Argument<StringGraphType>("after", "The cursor after which the page starts.")
            .ResolveAsync(async context =>
            {
                var services = context.RequestServices!;
                var page = PageRequest.From(context, services.GetRequiredService<IOptions<GraphQLOptions>>().Value);
                var types = (context.GetArgument<List<SearchableType>?>("types") ?? [.. Enum.GetValues<SearchableType>()])
                    .Select(type => type.ToString()).ToList();
                var access = services.GetRequiredService<AccessRules>();
                await using var db = await context.CreateDbContextAsync();
                var hits = SearchIndex.Hits(db, context.GetArgument<string>("text"));
                if (hits is null) throw new CodedError(ErrorCodes.InvalidArgument, "The search text has no words.");
                var visible = Visible(hits, access, db).Where(hit => types.Contains(hit.RecordType));
                var offset = page.After is null ? 0 : OffsetCursor.Decode(page.After) + 1;
                var found = await visible.OrderByDescending(hit => hit.Score).ThenBy(hit => hit.RecordId)
                    .Skip(offset).Take(page.Size + 1).ToListAsync(context.CancellationToken);
                var total = found.Count <= page.Size && offset == 0 ? found.Count : await visible.CountAsync(context.CancellationToken);
                var records = found.Take(page.Size).Select(hit => sources.For(hit.RecordType)!.Load(context, hit.RecordId.ToString("N"))).ToList();
                var edges = new List<ConnectionEdge<object>>();
                foreach (var record in records)
                    if (await record.GetResultAsync(context.CancellationToken) is { } node)
                        edges.Add(new ConnectionEdge<object>(OffsetCursor.Encode(offset + edges.Count), node));
                return new Connection<object>(edges, Paging.PageInfoOf(edges, hasNext: found.Count > page.Size, hasPrevious: offset > 0),
                    _ => Task.FromResult(total));
            });

    private static IQueryable<SearchHit> Visible(IQueryable<SearchHit> hits, AccessRules access, NetworkGraphDbContext db)
    {
        var organisations = access.Records<Organisation>(db);
        var defenders = access.Records<Defender>(db);
        var coalitions = access.Records<Coalition>(db);
        var goals = access.Records<AdvocacyGoal>(db);
        var events = access.Records<Event>(db);
        var campaigns = access.Records<Campaign>(db);
        return hits.Where(hit =>
            (hit.RecordType == nameof(Organisation) && organisations.Any(o => o.Id == hit.RecordId))
            || (hit.RecordType == nameof(Defender) && defenders.Any(d => d.Id == hit.RecordId))
            || (hit.RecordType == nameof(Coalition) && coalitions.Any(c => c.Id == hit.RecordId))
            || (hit.RecordType == nameof(AdvocacyGoal) && goals.Any(g => g.Id == hit.RecordId))
            || (hit.RecordType == nameof(Event) && events.Any(e => e.Id == hit.RecordId))
            || (hit.RecordType == nameof(Campaign) && campaigns.Any(c => c.Id == hit.RecordId)));
    }
}
