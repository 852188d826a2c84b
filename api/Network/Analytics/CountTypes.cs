namespace NetworkGraph.Api.Network.Analytics;

/// <summary>
/// A value of the network, served by its own graph type, and how many records or ties have it: named after the value's
/// graph type (<c>CountryCount</c>) unless a name is given.
/// </summary>
public abstract class CountType<TValueType, TValue> : ObjectGraphType<Counted<TValue>> where TValueType : IGraphType
{
    protected CountType(string value, string description, Func<IResolveFieldContext<Counted<TValue>>, object?> resolve, string? name = null)
    {
        Name = name ?? $"{GraphTypeNames.Of(typeof(TValueType))}Count";
        Description = description;
        Field<NonNullGraphType<TValueType>>(value).Resolve(resolve);
        Field(count => count.Count);
    }
}

public sealed class CountryCountType() : CountType<CountryType, string>("country", "A country and how many of the records have it.",
    context => context.Loaders().CountryByCode(context.Source.Value));

public sealed class ThemeCountType() : CountType<ThemeType, string>("theme", "A theme and how many of the records work on it.",
    context => context.Loaders().ThemeByCode(context.Source.Value));

public sealed class InstitutionCountType() : CountType<InstitutionType, string>("institution",
    "An institution or grouping and how many of the records belong to it by place.",
    context => context.Loaders().InstitutionByCode(context.Source.Value));

public sealed class RecordTypeCountType() : CountType<StringGraphType, string>("type",
    "A type of record, by its GraphQL type name (\"Organisation\", \"AdvocacyGoal\"), and how many records are of it.",
    context => context.Source.Value, name: "RecordTypeCount");

public sealed class TieKindCountType() : CountType<TieKindType, ITie>("kind", "A kind of tie and how many ties are of it.",
    context => context.Source.Value);
