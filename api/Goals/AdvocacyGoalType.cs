namespace NetworkGraph.Api.Goals;

public sealed class AdvocacyGoalType : ObjectGraphType<AdvocacyGoal>
{
    public AdvocacyGoalType()
    {
        this.IsNode();
        Description = "What a coalition or organisation pushes for, and before which institutions.";
        this.AddCuration("advocacy goal");
        Field(g => g.Slug);
        this.LocalizedField("title", "The goal in a few words.", g => g.Title);
        this.LocalizedField("summary", "The goal explained.", g => g.Summary);
        Field(g => g.GoalStatus).Description("Whether the goal is still pursued, achieved or dropped.");
        Field(g => g.HorizonYear, nullable: true).Description("The year by which the goal should be reached.");
        this.ReferenceListField<AdvocacyGoal, InstitutionType, Institution>("targetInstitutions", nameof(AdvocacyGoal.TargetInstitutions), "The institutions the goal addresses.");
        this.ReferenceListField<AdvocacyGoal, ThemeType, Theme>("themes", nameof(AdvocacyGoal.Themes), "What the goal is about.");
        this.ReferenceListField<AdvocacyGoal, CountryType, Country>("countries", nameof(AdvocacyGoal.Countries), "The countries the goal concerns.");
        this.Related(Ties.GoalSupport.Goal, Ties.GoalSupport.Organisation, "supporters", "Organisations that lead or support the goal.");
        this.Related(Ties.GoalSupport.Goal, Ties.GoalSupport.Coalition, "coalitions", "Coalitions that lead or support the goal.");
        this.Edges(Ties.GoalSupport.Goal, "supports", "Who leads or supports the goal, with roles and dates.");
    }
}
