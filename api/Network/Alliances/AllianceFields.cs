using NetworkGraph.GraphQL.Limits;

namespace NetworkGraph.Api.Network.Alliances;

/// <summary><c>network { suggestedAlliances crossBorderAlliances }</c>: whom an organisation might ally with, and who works with whom across borders.</summary>
public static class AllianceFields
{
    public const int MaxSuggestions = 50;

    private const string For = "for", First = "first", Where = "where", Via = "via";
    private const string WhereDescription = "The part of the network to look in; all of it unless given.";

    public static void AddTo(NetworkType network)
    {
        network.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AllianceSuggestionType>>>>("suggestedAlliances")
            .Description("Organisations not yet tied to one organisation that it might ally with, best first, each with the reasons that add up to its score.")
            .Argument<NonNullGraphType<IdGraphType>>(For, "The organisation to suggest allies for.")
            .Argument<IntGraphType>(First, $"How many suggestions (1 to {MaxSuggestions}).", argument => argument.DefaultValue = 10)
            .Argument<NetworkFilterInputType>(Where, WhereDescription)
            .WithCost(200)
            .Resolve(context => Suggestions(context));
        network.Field<NonNullGraphType<CrossBorderAlliancesType>>("crossBorderAlliances")
            .Description("A country × country matrix of the coalitions and partnerships that join organisations of two countries, and the gaps in it.")
            .Argument<NetworkFilterInputType>(Where, WhereDescription)
            .Argument<ListGraphType<NonNullGraphType<TieKindType>>>(Via, "Only ties of these kinds count (MEMBERSHIP for coalitions, PARTNERSHIP); any kind unless given.")
            .WithCost(200)
            .Resolve(context =>
            {
                return CrossBorderAlliances.Of(context.Filtered(Where), context.ViaKinds(Via), context.CancellationToken);
            });
    }

    private static IReadOnlyList<AllianceSuggestion> Suggestions(IResolveFieldContext<NetworkAnswer> context)
    {
        var first = context.Within(First, 1, MaxSuggestions);
        var network = context.Filtered(Where);
        if (GlobalId.Decode(context.GetArgument<string>(For)).Type != nameof(Organisation))
            throw new CodedError(ErrorCodes.InvalidArgument, $"'{For}' is not the ID of an organisation.");
        return context.TryNode(network, For, out var of) ? SuggestedAlliances.For(network, of, first, context.CancellationToken) : [];
    }
}
