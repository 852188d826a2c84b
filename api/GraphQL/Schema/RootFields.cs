using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NetworkGraph.Api.Access;
using NetworkGraph.Api.GraphQL.Connections;
using NetworkGraph.Data;
using NetworkGraph.Data.Common;

namespace NetworkGraph.Api.GraphQL.Schema;

/// <summary>The root fields every curated type has: a paged list and a lookup by slug, both through the access rules.</summary>
public static class RootFields
{
    public static void AddList<TType, T>(ObjectGraphType query, string name, string description,
        Func<AccessRules, NetworkGraphDbContext, IQueryable<T>> visible)
        where TType : IGraphType where T : Entity =>
        query.Connection<object?, TType, T>(name)
            .Description(description)
            .ResolveAsync(async context =>
            {
                var services = context.RequestServices!;
                var access = services.GetRequiredService<AccessRules>();
                var page = PageRequest.From(context, services.GetRequiredService<IOptions<GraphQLOptions>>().Value);
                return await Paging.FromQueryAsync(services.GetRequiredService<IDbContextFactory<NetworkGraphDbContext>>(),
                    db => visible(access, db), page, context.CancellationToken);
            });

    public static void AddBySlug<TType, T>(ObjectGraphType query, string name, string description,
        Func<AccessRules, NetworkGraphDbContext, IQueryable<T>> visible)
        where TType : IGraphType where T : Entity, ISlugged =>
        query.Field<TType>(name)
            .Description(description)
            .Argument<NonNullGraphType<StringGraphType>>("slug", "The record's unique slug.")
            .ResolveAsync(async context =>
            {
                var services = context.RequestServices!;
                var access = services.GetRequiredService<AccessRules>();
                await using var db = await context.CreateDbContextAsync();
                var slug = context.GetArgument<string>("slug");
                return await visible(access, db).Where(e => e.Slug == slug).FirstOrDefaultAsync(context.CancellationToken);
            });
}
