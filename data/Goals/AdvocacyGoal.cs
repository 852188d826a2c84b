using NetworkGraph.Data.Common;
using NetworkGraph.Data.Edges;
using NetworkGraph.Data.Reference;

namespace NetworkGraph.Data.Goals;

/// <summary>What a coalition or organisation pushes for, and before which institutions.</summary>
public sealed class AdvocacyGoal : CuratedEntity, ISlugged
{
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public GoalStatus GoalStatus { get; set; }
    public int? HorizonYear { get; set; }
    public List<Institution> TargetInstitutions { get; set; } = [];
    public List<Theme> Themes { get; set; } = [];
    public List<Country> Countries { get; set; } = [];
    public List<GoalSupport> Supports { get; set; } = [];
}

public enum GoalStatus { Active, Achieved, Dropped }
