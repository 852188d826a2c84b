using NetworkGraph.Data.Common;
using NetworkGraph.Data.Edges;
using NetworkGraph.Data.Reference;

namespace NetworkGraph.Data.Coalitions;

/// <summary>A network or alliance of organisations and, optionally, individual defenders.</summary>
public sealed class Coalition : CuratedEntity, ISlugged
{
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Acronym { get; set; }
    public string Purpose { get; set; } = "";
    public DateOnly? FoundedOn { get; set; }
    public DateOnly? DissolvedOn { get; set; }
    public List<Theme> Themes { get; set; } = [];
    public List<Membership> Memberships { get; set; } = [];
    public List<GoalSupport> GoalSupports { get; set; } = [];
}
