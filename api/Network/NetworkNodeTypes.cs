using System.Linq.Expressions;

namespace NetworkGraph.Api.Network;

/// <summary>One type of record that ties join, as the engine loads it and asks the access rules about it.</summary>
public interface INetworkNodeType
{
    Type RecordType { get; }

    /// <summary>The records of the type (all of them, or those of the given ids), whoever may see them.</summary>
    Task<List<NetworkNode>> LoadAsync(NetworkGraphDbContext db, IReadOnlyCollection<Guid>? only, CancellationToken cancellationToken);

    /// <summary>The ids of the nodes of this type that the access rules let the caller see.</summary>
    IEnumerable<Guid> Visible(AccessRules access, IEnumerable<NetworkNode> nodes);
}

/// <summary>
/// The records that ties join, each with what analytics filter on: its kind, countries, themes and target institutions.
/// Every record type at the end of a tie (<see cref="Ties"/>) must be here.
/// </summary>
public static class NetworkNodeTypes
{
    public static readonly IReadOnlyList<INetworkNodeType> All =
    [
        new NetworkNodeType<Organisation>([nameof(Organisation.Kind), nameof(Organisation.HeadquartersCountryCode)], o => o.Kind.ToString(), o => o.HeadquartersCountryCode)
        {
            Countries = o => o.OperatingCountries, Themes = o => o.Themes,
        },
        new NetworkNodeType<Defender>([nameof(Defender.PublicationConsent), nameof(Defender.RiskLevel)]) { Countries = d => d.Countries, Themes = d => d.Themes },
        new NetworkNodeType<Coalition>([]) { Themes = c => c.Themes },
        new NetworkNodeType<AdvocacyGoal>([]) { Countries = g => g.Countries, Themes = g => g.Themes, TargetInstitutions = g => g.TargetInstitutions },
        new NetworkNodeType<Event>([nameof(Event.Kind), nameof(Event.CountryCode)], e => e.Kind.ToString(), e => e.CountryCode) { Themes = e => e.Themes },
    ];
}

/// <summary>
/// How one record type is loaded into the network: the columns the access rules read (status and audience, and the
/// <paramref name="columns"/> given: a defender's consent and risk level, say) and its attributes.
/// </summary>
public sealed class NetworkNodeType<T>(string[] columns, Func<T, string?>? kind = null, Func<T, string?>? country = null) : INetworkNodeType
    where T : CuratedEntity, new()
{
    private static readonly string[] AccessColumns = [nameof(Entity.Id), nameof(CuratedEntity.Status), nameof(CuratedEntity.Visibility)];

    public Expression<Func<T, IEnumerable<Country>>>? Countries { get; init; }
    public Expression<Func<T, IEnumerable<Theme>>>? Themes { get; init; }
    public Expression<Func<T, IEnumerable<Institution>>>? TargetInstitutions { get; init; }

    public Type RecordType => typeof(T);

    public async Task<List<NetworkNode>> LoadAsync(NetworkGraphDbContext db, IReadOnlyCollection<Guid>? only, CancellationToken cancellationToken)
    {
        var records = only is null ? db.Set<T>() : db.Set<T>().Where(r => only.Contains(r.Id));
        var rows = await records.Select(Projection()).ToListAsync(cancellationToken);
        var countries = await CodesAsync(records, Countries, c => c.Code, cancellationToken);
        var themes = await CodesAsync(records, Themes, t => t.Code, cancellationToken);
        var institutions = await CodesAsync(records, TargetInstitutions, i => i.Code, cancellationToken);
        return [.. rows.Select(row => new NetworkNode(row, kind?.Invoke(row),
            [.. (country?.Invoke(row) is { } own ? [own] : Array.Empty<string>()), .. countries[row.Id]],
            [.. themes[row.Id]], [.. institutions[row.Id]]))];
    }

    public IEnumerable<Guid> Visible(AccessRules access, IEnumerable<NetworkNode> nodes) =>
        access.Visible(nodes.Select(node => node.Record).OfType<T>().AsQueryable()).Select(record => record.Id);

    /// <summary><c>new T { Id = r.Id, Status = r.Status, … }</c>: the record with the columns the engine reads, and no others.</summary>
    private Expression<Func<T, T>> Projection()
    {
        var record = Expression.Parameter(typeof(T), "record");
        return Expression.Lambda<Func<T, T>>(Expression.MemberInit(Expression.New(typeof(T)),
            AccessColumns.Concat(columns).Select(column => Expression.Bind(typeof(T).GetProperty(column)!, Expression.Property(record, column)))), record);
    }

    /// <summary>The codes in one of the records' lists (countries, themes, institutions), by record.</summary>
    private static async Task<ILookup<Guid, string>> CodesAsync<TItem>(IQueryable<T> records, Expression<Func<T, IEnumerable<TItem>>>? list,
        Expression<Func<TItem, string>> code, CancellationToken cancellationToken)
    {
        if (list is null) return Array.Empty<Keyed<Guid, string>>().ToLookup(pair => pair.Key, pair => pair.Value);
        var item = Expression.Parameter(typeof(TItem), "item");
        var owner = Expression.Parameter(typeof(T), "owner");
        var pair = Expression.Lambda<Func<T, TItem, Keyed<Guid, string>>>(
            Expression.New(typeof(Keyed<Guid, string>).GetConstructors()[0], Expression.Property(owner, nameof(Entity.Id)), code.Body.Replace(code.Parameters[0], item)),
            owner, item);
        var pairs = await records.SelectMany(list, pair).ToListAsync(cancellationToken);
        return pairs.ToLookup(p => p.Key, p => p.Value);
    }
}
