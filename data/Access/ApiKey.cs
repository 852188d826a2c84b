using NetworkGraph.Data.Common;
using NetworkGraph.Data.Organisations;

namespace NetworkGraph.Data.Access;

/// <summary>An API key: only its prefix (to recognise it) and a hash of the secret are stored.</summary>
public sealed class ApiKey : Entity
{
    public string Name { get; set; } = "";
    public string Prefix { get; set; } = "";
    public byte[] SecretHash { get; set; } = [];
    public Role Role { get; set; }
    public Guid? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public DateTime? ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
}

public enum Role { Anonymous, Partner, Curator, Admin }
