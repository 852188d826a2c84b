namespace NetworkGraph.Api.Goals;

/// <summary>createAdvocacyGoal, updateAdvocacyGoal, publishAdvocacyGoal and the other curation mutations of advocacy goals.</summary>
public sealed class AdvocacyGoalMutations : CuratedMutations<AdvocacyGoalType, AdvocacyGoal, AdvocacyGoalInput>
{
    /// <summary>On create the slug and the title are required.</summary>
    protected override void AddFields(RecordInputGraphType<AdvocacyGoalInput> input, bool create)
    {
        input.Field(i => i.Slug, "Unique, lower-case, with hyphens: \"end-foreign-agent-laws\".", required: create);
        input.Field(i => i.Title, "The goal in a few words, in its default locale.", required: create);
        input.Field(i => i.Summary, "The goal explained, in its default locale.");
        input.Field(i => i.GoalStatus, "Whether the goal is pursued, achieved or dropped; Active unless given.");
        input.Field(i => i.HorizonYear, "The year by which the goal should be reached.");
        input.Field(i => i.TargetInstitutions, "Codes of the institutions it addresses, e.g. \"COE\".");
        input.Field(i => i.Countries, "ISO codes of the countries it concerns.");
    }
}
