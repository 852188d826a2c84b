using NetworkGraph.Data.Coalitions;
using NetworkGraph.Data.Common;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Events;
using NetworkGraph.Data.Goals;
using NetworkGraph.Data.Organisations;

namespace NetworkGraph.Data.Edges;

/// <summary>An organisation or a defender (exactly one) belongs to a coalition.</summary>
public sealed class Membership : EdgeEntity
{
    public Guid CoalitionId { get; set; }
    public Coalition? Coalition { get; set; }
    public Guid? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public Guid? DefenderId { get; set; }
    public Defender? Defender { get; set; }
    public MembershipRole Role { get; set; }
}

public enum MembershipRole { Lead, Member, Observer }

/// <summary>A defender works with or for an organisation.</summary>
public sealed class Affiliation : EdgeEntity
{
    public Guid DefenderId { get; set; }
    public Defender? Defender { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public string? Role { get; set; }
}

/// <summary>A directed tie between two organisations; "partner" ties read both ways.</summary>
public sealed class Partnership : EdgeEntity
{
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public Guid PartnerId { get; set; }
    public Organisation? Partner { get; set; }
    public PartnershipKind Kind { get; set; }
}

public enum PartnershipKind { Partner, Funder, JointCampaign, Referral }

/// <summary>An organisation or a coalition (exactly one) supports an advocacy goal.</summary>
public sealed class GoalSupport : EdgeEntity
{
    public Guid GoalId { get; set; }
    public AdvocacyGoal? Goal { get; set; }
    public Guid? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public Guid? CoalitionId { get; set; }
    public Coalition? Coalition { get; set; }
    public GoalSupportRole Role { get; set; }
}

public enum GoalSupportRole { Lead, Supporter }

/// <summary>An organisation or a defender (exactly one) takes part in an event.</summary>
public sealed class Participation : EdgeEntity
{
    public Guid EventId { get; set; }
    public Event? Event { get; set; }
    public Guid? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public Guid? DefenderId { get; set; }
    public Defender? Defender { get; set; }
    public ParticipationRole Role { get; set; }
}

public enum ParticipationRole { Organiser, Speaker, Participant }
