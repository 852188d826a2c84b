using GraphQL.Types;
using NetworkGraph.Api.Coalitions;
using NetworkGraph.Api.GraphQL.Connections;
using NetworkGraph.Api.GraphQL.DataLoading;
using NetworkGraph.Api.GraphQL.Relay;
using NetworkGraph.Api.Localization;
using NetworkGraph.Api.Organisations;
using NetworkGraph.Api.Reference;
using NetworkGraph.Data.Coalitions;
using NetworkGraph.Data.Goals;
using NetworkGraph.Data.Organisations;
using NetworkGraph.Data.Reference;

namespace NetworkGraph.Api.Goals;

public sealed class AdvocacyGoalType : ObjectGraphType<AdvocacyGoal>
{
    public AdvocacyGoalType()
    {
        this.IsNode("AdvocacyGoal");
        Description = "What a coalition or organisation pushes for, and before which institutions.";
        Field(g => g.Slug);
        this.LocalizedField("title", "The goal in a few words.", g => g.Title);
        this.LocalizedField("summary", "The goal explained.", g => g.Summary);
        Field("status", g => g.GoalStatus).Description("Whether the goal is still pursued, achieved or dropped.");
        Field(g => g.HorizonYear, nullable: true).Description("The year by which the goal should be reached.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstitutionType>>>>("targetInstitutions")
            .Resolve(context => context.Loaders().ReferenceList<AdvocacyGoal, Institution>(context.Source, nameof(AdvocacyGoal.TargetInstitutions)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThemeType>>>>("themes")
            .Resolve(context => context.Loaders().ReferenceList<AdvocacyGoal, Theme>(context.Source, nameof(AdvocacyGoal.Themes)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountryType>>>>("countries")
            .Resolve(context => context.Loaders().ReferenceList<AdvocacyGoal, Country>(context.Source, nameof(AdvocacyGoal.Countries)));
        this.Connection<AdvocacyGoal, OrganisationType, Organisation>("supporters")
            .Description("Organisations that lead or support the goal.")
            .Resolve(context => context.PageOf(context.Loaders().Related("organisations-of-goal", context.Source.Id,
                (access, db) => access.GoalSupports(db).Select(s => new EdgeEnds { From = s.GoalId, To = s.OrganisationId }),
                (access, db) => access.Organisations(db))));
        this.Connection<AdvocacyGoal, CoalitionType, Coalition>("coalitions")
            .Description("Coalitions that lead or support the goal.")
            .Resolve(context => context.PageOf(context.Loaders().Related("coalitions-of-goal", context.Source.Id,
                (access, db) => access.GoalSupports(db).Select(s => new EdgeEnds { From = s.GoalId, To = s.CoalitionId }),
                (access, db) => access.Coalitions(db))));
    }
}
