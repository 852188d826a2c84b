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
        this.Related(Ties.Membership.Coalition, Ties.Membership.Organisation, "members", "Member organisations (leads, members and observers).");
        this.Related(Ties.Membership.Coalition, Ties.Membership.Defender, "defenders", "Individual defenders in the coalition whom the caller may see.");
        this.Related(Ties.GoalSupport.Coalition, Ties.GoalSupport.Goal, "goals", "Advocacy goals the coalition leads or supports.");
        this.Edges(Ties.Membership.Coalition, "memberships", "The coalition's memberships, with their roles and dates.");
        this.Edges(Ties.GoalSupport.Coalition, "goalSupports", "The coalition's support of advocacy goals, with roles and dates.");
    }
}
