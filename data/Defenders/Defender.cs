using NetworkGraph.Data.Common;
using NetworkGraph.Data.Edges;
using NetworkGraph.Data.Reference;

namespace NetworkGraph.Data.Defenders;

/// <summary>A human-rights defender: a person who may be at risk. Only the alias is ever public.</summary>
public sealed class Defender : CuratedEntity, ISlugged
{
    public string Slug { get; set; } = "";
    public string Alias { get; set; } = "";
    public string? LegalName { get; set; }
    public string? Contact { get; set; }
    public RiskLevel RiskLevel { get; set; }
    public bool PublicationConsent { get; set; }
    public DateTime? ConsentRecordedAt { get; set; }
    public string? ConsentRecordedBy { get; set; }
    public string Bio { get; set; } = "";
    public List<Country> Countries { get; set; } = [];
    public List<Theme> Themes { get; set; } = [];
    public List<Affiliation> Affiliations { get; set; } = [];
    public List<Membership> Memberships { get; set; } = [];
    public List<Participation> Participations { get; set; } = [];
}

public enum RiskLevel { Low, Elevated, High, Critical }
