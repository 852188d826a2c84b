using System.Globalization;
using GraphQL.DataLoader;

namespace NetworkGraph.Api.Network.Alliances;

/// <summary><c>AllianceReasonKind</c>: each kind with its weight, as the suggestions score it.</summary>
public sealed class AllianceReasonKindType : EnumerationGraphType
{
    private static readonly Dictionary<AllianceReasonKind, string> Descriptions = new()
    {
        [AllianceReasonKind.SharedGoal] = $"{Text(AllianceWeights.SharedGoal)} for each advocacy goal both support; the evidence is the goals.",
        [AllianceReasonKind.SharedTheme] = $"{Text(AllianceWeights.SharedTheme)} for each theme both work on (the same code); the evidence is the themes.",
        [AllianceReasonKind.SharedTargetInstitution] = $"{Text(AllianceWeights.SharedTargetInstitution)} when goals they or their coalitions support " +
            "target the same institution; the evidence is those goals.",
        [AllianceReasonKind.CommonPartners] = "Adamic–Adar: Σ 1 / ln(neighbours) over the records tied to both (partners, defenders, events; " +
            "goals are counted as shared goals); the evidence is those records.",
        [AllianceReasonKind.CrossBorder] = $"{Text(AllianceWeights.CrossBorder)} when they share no country but two of their countries are in the same " +
            "UN M49 sub-region or policy grouping (EAP, WB, CA).",
        [AllianceReasonKind.BridgesCommunities] = $"{Text(AllianceWeights.BridgesCommunities)} when they are in different communities of communities(resolution: 1, seed: 0).",
        [AllianceReasonKind.Distance] = $"A bonus of {Text(AllianceWeights.DistancePerHop)} for each tie beyond two between them, at most " +
            $"{Text(AllianceWeights.MaxDistance)} (also when they are not connected): an alliance reaching a farther part of the network.",
    };

    public AllianceReasonKindType()
    {
        Name = nameof(AllianceReasonKind);
        Description = "A kind of reason to suggest an alliance, and what it adds to the score.";
        foreach (var (kind, description) in Descriptions) Add(kind.ToString().ToConstantCase(), kind, description);
    }

    private static string Text(double weight) => weight.ToString(CultureInfo.InvariantCulture);
}

public sealed class AllianceReasonType : ObjectGraphType<AllianceReason>
{
    public AllianceReasonType()
    {
        Name = nameof(AllianceReason);
        Description = "One reason to suggest an alliance.";
        Field<NonNullGraphType<AllianceReasonKindType>>(Naming.LowerCamel(nameof(AllianceReason.Kind))).Resolve(context => context.Source.Kind);
        Field(reason => reason.Weight).Description("What the reason adds to the score.");
        Field(reason => reason.Detail).Description("The reason in words.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>(Naming.LowerCamel(nameof(AllianceReason.Evidence)))
            .Description("What the reason rests on, in a fixed order: records of the network, or themes; empty for a reason that rests on none.")
            .Resolve(context => context.Source.Evidence.Select(node => NetworkNodes.Load(context, node.Record.GetType(), node.Id))
                .Concat((context.Source.Themes ?? []).Select(code => context.Loaders().ThemeByCode(code).Then(theme => (object?)theme)))
                .ToList().Together());
    }
}

public sealed class AllianceSuggestionType : ObjectGraphType<AllianceSuggestion>
{
    public AllianceSuggestionType()
    {
        Name = nameof(AllianceSuggestion);
        Description = "An organisation suggested as an ally, and why.";
        Field<NonNullGraphType<OrganisationType>>(Naming.LowerCamel(nameof(AllianceSuggestion.Organisation)))
            .Resolve(context => NetworkNodes.Load(context, typeof(Organisation), context.Source.Organisation.Id));
        Field(suggestion => suggestion.Score).Description("The sum of the weights of the reasons.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AllianceReasonType>>>>(Naming.LowerCamel(nameof(AllianceSuggestion.Reasons)))
            .Description("The reasons, in the order of their kinds.")
            .Resolve(context => context.Source.Reasons);
    }
}
