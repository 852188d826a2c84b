using GraphQL.DataLoader;

namespace NetworkGraph.Api.Schema;

/// <summary>
/// The root fields of a curated type — a filtered, ordered, paged list and a lookup by slug — and its <c>node</c> loader,
/// all reading through the same visible query of <see cref="AccessRules"/>. The fields are named after the type:
/// <c>advocacyGoals</c> and <c>advocacyGoal(slug:)</c> for AdvocacyGoal.
/// </summary>
/// <param name="description">What the list holds, as its description begins: "Advocacy goals".</param>
public abstract class CuratedQueries<TType, T, TFilter>(string description, Func<AccessRules, NetworkGraphDbContext, IQueryable<T>> visible)
    : IQueryFields, INodeSource
    where TType : IGraphType where T : Entity, ISlugged where TFilter : FilterDeclaration<T, FilterScope>, new()
{
    private static readonly string SlugField = Naming.LowerCamel(EntityNodes.NameOf<T>());
    private static readonly string ListField = $"{SlugField}s";

    private readonly EntityNodeSource<T> nodes = new(visible);

    public string TypeName => nodes.TypeName;

    public virtual void AddTo(ObjectGraphType query)
    {
        RootFields.AddList<TType, T, TFilter>(query, ListField, $"{description} the caller may see.", visible);
        RootFields.AddBySlug<TType, T>(query, SlugField, $"One of the {ListField} by its slug; null when it does not exist or the caller may not see it.", visible);
    }

    public IDataLoaderResult<object?> Load(IResolveFieldContext context, string key) => nodes.Load(context, key);
}
