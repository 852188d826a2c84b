using NetworkGraph.Data.Coalitions;
using NetworkGraph.Data.Common;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Goals;
using NetworkGraph.Data.Reference;

namespace NetworkGraph.Data.Campaigns;

/// <summary>Published content: a solidarity campaign or call to action, with a Markdown body.</summary>
public sealed class Campaign : CuratedEntity, ISlugged
{
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Body { get; set; } = "";
    public List<Theme> Themes { get; set; } = [];
    public List<AdvocacyGoal> Goals { get; set; } = [];
    public List<Coalition> Coalitions { get; set; } = [];
    public List<Defender> Defenders { get; set; } = [];
}
