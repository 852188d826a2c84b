namespace NetworkGraph.Api.Reference;

/// <summary>Reference data is public and small: plain lists, no paging.</summary>
public sealed class ReferenceQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountryType>>>>("countries")
            .Description("Countries, optionally of one UN M49 region (e.g. \"Europe\") or one institution or grouping (e.g. \"EAP\", \"WB\").")
            .Argument<StringGraphType>("region", "A UN M49 region.")
            .Argument<StringGraphType>("institution", "An institution or grouping code: OSCE, COE, EU, UN, EAP, WB, CA.")
            .ResolveAsync(async context =>
            {
                await using var db = await context.CreateDbContextAsync();
                var region = context.GetArgument<string?>("region");
                var institution = context.GetArgument<string?>("institution");
                var countries = db.Countries.AsNoTracking();
                if (region is not null) countries = countries.Where(c => c.Region == region);
                if (institution is not null) countries = countries.Where(c => c.Memberships.Any(m => m.InstitutionCode == institution));
                return await countries.OrderBy(c => c.Name).ToListAsync(context.CancellationToken);
            });
        query.Field<CountryType>("country")
            .Description("A country by its ISO 3166-1 alpha-2 code.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .Resolve(context => context.Loaders().CountryByCode(context.GetArgument<string>("code").ToUpperInvariant()));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstitutionType>>>>("institutions")
            .Description("Institutions and policy groupings.")
            .ResolveAsync(async context =>
            {
                await using var db = await context.CreateDbContextAsync();
                return await db.Institutions.AsNoTracking().OrderBy(i => i.Code).ToListAsync(context.CancellationToken);
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThemeType>>>>("themes")
            .Description("The theme taxonomy.")
            .ResolveAsync(async context =>
            {
                await using var db = await context.CreateDbContextAsync();
                return await db.Themes.AsNoTracking().OrderBy(t => t.Code).ToListAsync(context.CancellationToken);
            });
    }

    public static IEnumerable<INodeSource> NodeSources() =>
    [
        new ReferenceNodeSource<Country>(nameof(Country), (loaders, code) => loaders.CountryByCode(code)),
        new ReferenceNodeSource<Institution>(nameof(Institution), (loaders, code) => loaders.InstitutionByCode(code)),
        new ReferenceNodeSource<Theme>(nameof(Theme), (loaders, code) => loaders.ThemeByCode(code)),
    ];
}
