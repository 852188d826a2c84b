using GraphQL.DataLoader;

namespace NetworkGraph.Api.Reference;

public static class ReferenceLoaders
{
    public static IDataLoaderResult<Theme?> ThemeByCode(this DataLoaders loaders, string code) =>
        loaders.One<string, Theme>("theme-by-code", code, (db, _, keys) => db.Themes.Where(t => keys.Contains(t.Code)), t => t.Code);

    public static IDataLoaderResult<Institution?> InstitutionByCode(this DataLoaders loaders, string code) =>
        loaders.One<string, Institution>("institution-by-code", code, (db, _, keys) => db.Institutions.Where(i => keys.Contains(i.Code)), i => i.Code);

    public static IDataLoaderResult<Country?> CountryByCode(this DataLoaders loaders, string code) =>
        loaders.One<string, Country>("country-by-code", code, (db, _, keys) => db.Countries.Where(c => keys.Contains(c.Code)), c => c.Code);

    /// <summary>
    /// The reference records (themes, countries, institutions) in a many-to-many list of a curated record,
    /// named by its navigation, for a batch of owners in one query.
    /// </summary>
    public static IDataLoaderResult<IReadOnlyList<TItem>> ReferenceList<TOwner, TItem>(this DataLoaders loaders, TOwner owner, string navigation)
        where TOwner : Entity where TItem : class =>
        loaders.Many<Guid, TItem>($"{typeof(TOwner).Name}.{navigation}", owner.Id, (db, _, keys) => db.Set<TOwner>()
            .Where(o => keys.Contains(o.Id))
            .SelectMany(o => EF.Property<List<TItem>>(o, navigation), (o, item) => new Keyed<Guid, TItem>(o.Id, item)));
}
