using NetworkGraph.Api.Coalitions;
using NetworkGraph.Api.Goals;
using NetworkGraph.Api.Organisations;
using NetworkGraph.Data.Coalitions;
using NetworkGraph.Data.Edges;
using NetworkGraph.Data.Goals;
using NetworkGraph.Data.Organisations;

namespace NetworkGraph.Api.Edges;

public sealed class GoalSupportType : ObjectGraphType<GoalSupport>
{
    public GoalSupportType()
    {
        this.IsNode();
        Description = "An organisation or a coalition leads or supports an advocacy goal.";
        Field(s => s.Role).Description("Lead or supporter.");
        this.EndField<GoalSupport, AdvocacyGoalType, AdvocacyGoal>("goal", "AdvocacyGoal", s => s.GoalId, (access, db) => access.AdvocacyGoals(db), required: true);
        this.EndField<GoalSupport, OrganisationType, Organisation>("organisation", "Organisation", s => s.OrganisationId, (access, db) => access.Organisations(db));
        this.EndField<GoalSupport, CoalitionType, Coalition>("coalition", "Coalition", s => s.CoalitionId, (access, db) => access.Coalitions(db));
        this.AddEdgeFields();
    }
}
