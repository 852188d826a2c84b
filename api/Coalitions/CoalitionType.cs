using NetworkGraph.Api.Defenders;
using NetworkGraph.Api.Edges;
using NetworkGraph.Api.Goals;
using NetworkGraph.Api.Localization;
using NetworkGraph.Api.Organisations;
using NetworkGraph.Api.Publishing;
using NetworkGraph.Api.Reference;
using NetworkGraph.Data.Coalitions;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Edges;
using NetworkGraph.Data.Goals;
using NetworkGraph.Data.Organisations;
using NetworkGraph.Data.Reference;

namespace NetworkGraph.Api.Coalitions;

public sealed class CoalitionType : ObjectGraphType<Coalition>
{
    public CoalitionType()
    {
        this.IsNode();
        Description = "A network or alliance of organisations and, optionally, individual defenders.";
        this.AddCuration("coalition");
        Field(c => c.Slug);
        Field(c => c.Name);
        Field(c => c.Acronym, nullable: true);
        this.LocalizedField("purpose", "What the coalition is for.", c => c.Purpose);
        Field(c => c.FoundedOn, nullable: true);
        Field(c => c.DissolvedOn, nullable: true);
        this.ReferenceListField<Coalition, ThemeType, Theme>("themes", nameof(Coalition.Themes), "What the coalition works on.");
        this.RelatedConnection<Coalition, OrganisationType, Organisation>("members", "Member organisations (leads, members and observers).",
            (access, db) => access.Memberships(db).Select(m => new EdgeEnds { From = m.CoalitionId, To = m.OrganisationId }),
            (access, db) => access.Organisations(db));
        this.RelatedConnection<Coalition, DefenderType, Defender>("defenders", "Individual defenders in the coalition whom the caller may see.",
            (access, db) => access.Memberships(db).Select(m => new EdgeEnds { From = m.CoalitionId, To = m.DefenderId }),
            (access, db) => access.Defenders(db));
        this.RelatedConnection<Coalition, AdvocacyGoalType, AdvocacyGoal>("goals", "Advocacy goals the coalition leads or supports.",
            (access, db) => access.GoalSupports(db).Select(s => new EdgeEnds { From = s.CoalitionId, To = s.GoalId }),
            (access, db) => access.AdvocacyGoals(db));
        this.EdgeConnection<Coalition, MembershipType, Membership>("memberships", "The coalition's memberships, with their roles and dates.",
            db => db.Memberships.Select(m => new EdgeEnds { From = m.CoalitionId, To = m.Id }), (access, db) => access.Memberships(db));
        this.EdgeConnection<Coalition, GoalSupportType, GoalSupport>("goalSupports", "The coalition's support of advocacy goals, with roles and dates.",
            db => db.GoalSupports.Select(s => new EdgeEnds { From = s.CoalitionId, To = s.Id }), (access, db) => access.GoalSupports(db));
    }
}
