using System.Linq.Expressions;
using GraphQL.Builders;
using Microsoft.Extensions.Options;

namespace NetworkGraph.Api.Schema;

/// <summary>The root fields every curated type has: a filtered, ordered, paged list and a lookup by slug, both through the access rules.</summary>
public static class RootFields
{
    /// <summary>
    /// What a list reads of every record besides the columns its selection names: the id its relations key on, and the
    /// default locale and status that localized and curation fields consult (where the record type has them).
    /// </summary>
    private static readonly string[] AlwaysRead = [nameof(Entity.Id), nameof(CuratedEntity.DefaultLocale), nameof(CuratedEntity.Status)];

    /// <summary>The list of the records the caller may see; <paramref name="readers"/>, when given, says who may read it at all.</summary>
    public static void AddList<TType, T, TFilter>(ObjectGraphType query, string name, string description,
        Func<AccessRules, NetworkGraphDbContext, IQueryable<T>> visible, ListReaders? readers = null)
        where TType : IGraphType where T : class, IIdentified where TFilter : FilterDeclaration<T, FilterScope>, new() =>
        AddList<TType, T, TFilter>(query, name, description, _ => visible, readers);

    /// <summary>
    /// A list whose records also depend on arguments of its own, which the caller adds to the field returned:
    /// <paramref name="visibleFor"/> reads them when the field resolves, once the caller may read the list.
    /// </summary>
    public static FieldBuilder<object?, object> AddList<TType, T, TFilter>(ObjectGraphType query, string name, string description,
        Func<IResolveFieldContext, Func<AccessRules, NetworkGraphDbContext, IQueryable<T>>> visibleFor, ListReaders? readers = null)
        where TType : IGraphType where T : class, IIdentified where TFilter : FilterDeclaration<T, FilterScope>, new() =>
        query.Connection<object?, TType, T>(name)
            .Description(description)
            .Argument<FilterInputGraphType<TFilter>>("where", "Only records that meet these conditions.")
            .Argument<ListGraphType<NonNullGraphType<SortInputGraphType<TFilter>>>>("order", "The keys to order by, most significant first; the id breaks ties.")
            .ResolveAsync(async context =>
            {
                var services = context.RequestServices!;
                var access = services.GetRequiredService<AccessRules>();
                var page = PageRequest.From(context, services.GetRequiredService<IOptions<GraphQLOptions>>().Value);
                if (readers is not null && !readers.Allowed(access)) throw new CodedError(ErrorCodes.NotAllowed, readers.Refusal);
                var visible = visibleFor(context);
                var filter = Declarations.Of<TFilter>();
                var where = context.GetArgument<Dictionary<string, object?>?>("where");
                var order = context.GetArgument<List<object?>?>("order") ?? filter.DefaultOrder;
                return await Paging.FromQueryAsync(services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>(),
                    db => where is null ? visible(access, db) : visible(access, db).Where(filter.Predicate(where, new FilterScope(access, db))),
                    record => [.. filter.SortKeys(record, order), new SortKey(Expression.Property(record, nameof(IIdentified.Id)), Descending: false)],
                    SelectedColumns.OfConnection<T>(context, AlwaysRead), page, context.CancellationToken);
            });

    public static void AddBySlug<TType, T>(ObjectGraphType query, string name, string description,
        Func<AccessRules, NetworkGraphDbContext, IQueryable<T>> visible)
        where TType : IGraphType where T : Entity, ISlugged =>
        query.Field<TType>(name)
            .Description(description)
            .Argument<NonNullGraphType<StringGraphType>>("slug", "The record's unique slug.")
            .ResolveAsync(async context =>
            {
                var access = context.RequestServices!.GetRequiredService<AccessRules>();
                await using var db = await context.CreateDbContextAsync();
                var slug = context.GetArgument<string>("slug");
                return await visible(access, db).Where(e => e.Slug == slug).FirstOrDefaultAsync(context.CancellationToken);
            });
}

/// <summary>
/// Who may read a list that is not content (the audit log, the API keys): anyone else gets a NOT_ALLOWED error with the
/// refusal rather than an empty list, before any query is built.
/// </summary>
public sealed record ListReaders(Func<AccessRules, bool> Allowed, string Refusal);
