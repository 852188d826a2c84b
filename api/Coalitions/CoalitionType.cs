using GraphQL.Types;
using NetworkGraph.Api.Defenders;
using NetworkGraph.Api.Goals;
using NetworkGraph.Api.GraphQL.Connections;
using NetworkGraph.Api.GraphQL.DataLoading;
using NetworkGraph.Api.GraphQL.Relay;
using NetworkGraph.Api.Localization;
using NetworkGraph.Api.Organisations;
using NetworkGraph.Api.Reference;
using NetworkGraph.Data.Coalitions;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Goals;
using NetworkGraph.Data.Organisations;
using NetworkGraph.Data.Reference;

namespace NetworkGraph.Api.Coalitions;

public sealed class CoalitionType : ObjectGraphType<Coalition>
{
    public CoalitionType()
    {
        this.IsNode("Coalition");
        Description = "A network or alliance of organisations and, optionally, individual defenders.";
        Field(c => c.Slug);
        Field(c => c.Name);
        Field(c => c.Acronym, nullable: true);
        this.LocalizedField("purpose", "What the coalition is for.", c => c.Purpose);
        Field(c => c.FoundedOn, nullable: true);
        Field(c => c.DissolvedOn, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThemeType>>>>("themes")
            .Resolve(context => context.Loaders().ReferenceList<Coalition, Theme>(context.Source, nameof(Coalition.Themes)));
        this.Connection<Coalition, OrganisationType, Organisation>("members")
            .Description("Member organisations (leads, members and observers).")
            .Resolve(context => context.PageOf(context.Loaders().Related("members-of-coalition", context.Source.Id,
                (access, db) => access.Memberships(db).Select(m => new EdgeEnds { From = m.CoalitionId, To = m.OrganisationId }),
                (access, db) => access.Organisations(db))));
        this.Connection<Coalition, DefenderType, Defender>("defenders")
            .Description("Individual defenders in the coalition whom the caller may see.")
            .Resolve(context => context.PageOf(context.Loaders().Related("defenders-of-coalition", context.Source.Id,
                (access, db) => access.Memberships(db).Select(m => new EdgeEnds { From = m.CoalitionId, To = m.DefenderId }),
                (access, db) => access.Defenders(db))));
        this.Connection<Coalition, AdvocacyGoalType, AdvocacyGoal>("goals")
            .Description("Advocacy goals the coalition leads or supports.")
            .Resolve(context => context.PageOf(context.Loaders().Related("goals-of-coalition", context.Source.Id,
                (access, db) => access.GoalSupports(db).Select(s => new EdgeEnds { From = s.CoalitionId, To = s.GoalId }),
                (access, db) => access.AdvocacyGoals(db))));
    }
}
