using NetworkGraph.Data.Coalitions;
using NetworkGraph.Data.Common;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Events;
using NetworkGraph.Data.Goals;
using NetworkGraph.Data.Organisations;

namespace NetworkGraph.Data.Edges;

/// <summary>
/// Every kind of tie, each declared once. A new kind is its edge entity (in Edges.cs), its configuration and migration,
/// and a declaration here; everything that reads or writes ties finds it in <see cref="All"/>.
/// </summary>
public static class Ties
{
    public static readonly MembershipTie Membership = new();
    public static readonly AffiliationTie Affiliation = new();
    public static readonly PartnershipTie Partnership = new();
    public static readonly GoalSupportTie GoalSupport = new();
    public static readonly ParticipationTie Participation = new();

    public static readonly IReadOnlyList<ITie> All = [Membership, Affiliation, Partnership, GoalSupport, Participation];

    /// <summary>The declaration of the tie whose edges are <typeparamref name="TEdge"/>.</summary>
    public static Tie<TEdge> Of<TEdge>() where TEdge : EdgeEntity => (Tie<TEdge>)All.Single(tie => tie.EdgeType == typeof(TEdge));
}

public sealed class MembershipTie : Tie<Membership>
{
    public MembershipTie() : base("An organisation or a defender belongs to a coalition.", directed: false)
    {
        Joins([Coalition], [Organisation, Defender]);
        HasRole(m => m.Role, "Lead, member or observer.");
    }

    public TieEnd<Membership, Coalition> Coalition { get; } = End(m => m.CoalitionId, m => m.Coalition);
    public TieEnd<Membership, Organisation> Organisation { get; } = End(m => m.OrganisationId, m => m.Organisation);
    public TieEnd<Membership, Defender> Defender { get; } = End(m => m.DefenderId, m => m.Defender);
}

public sealed class AffiliationTie : Tie<Affiliation>
{
    public AffiliationTie() : base("A defender works with or for an organisation.", directed: false)
    {
        Joins([Defender], [Organisation]);
        HasRole(a => a.Role, "The defender's role at the organisation, in the curators' words.",
            "The defender's role at the organisation, e.g. \"lawyer\"; at most 120 characters.");
    }

    public TieEnd<Affiliation, Defender> Defender { get; } = End(a => a.DefenderId, a => a.Defender);
    public TieEnd<Affiliation, Organisation> Organisation { get; } = End(a => a.OrganisationId, a => a.Organisation);
}

/// <summary>Two organisations may have several kinds of partnership at once, each its own tie.</summary>
public sealed class PartnershipTie : Tie<Partnership>
{
    public PartnershipTie() : base("A tie from one organisation to another: partners (read both ways), funder, joint campaign or referral.", directed: true)
    {
        Joins([Organisation], [Partner]);
        HasRole(p => p.Kind, "Partner, funder (the organisation funds the partner), joint campaign or referral.", distinguishes: true);
    }

    public TieEnd<Partnership, Organisation> Organisation { get; } = End(p => p.OrganisationId, p => p.Organisation);
    public TieEnd<Partnership, Organisation> Partner { get; } = End(p => p.PartnerId, p => p.Partner);
}

public sealed class GoalSupportTie : Tie<GoalSupport>
{
    public GoalSupportTie() : base("An organisation or a coalition leads or supports an advocacy goal.", directed: false)
    {
        Joins([Goal], [Organisation, Coalition]);
        HasRole(s => s.Role, "Lead or supporter.");
    }

    public TieEnd<GoalSupport, AdvocacyGoal> Goal { get; } = End(s => s.GoalId, s => s.Goal);
    public TieEnd<GoalSupport, Organisation> Organisation { get; } = End(s => s.OrganisationId, s => s.Organisation);
    public TieEnd<GoalSupport, Coalition> Coalition { get; } = End(s => s.CoalitionId, s => s.Coalition);
}

public sealed class ParticipationTie : Tie<Participation>
{
    public ParticipationTie() : base("An organisation or a defender takes part in an event.", directed: false)
    {
        Joins([Event], [Organisation, Defender]);
        HasRole(p => p.Role, "Organiser, speaker or participant.");
    }

    public TieEnd<Participation, Event> Event { get; } = End(p => p.EventId, p => p.Event);
    public TieEnd<Participation, Organisation> Organisation { get; } = End(p => p.OrganisationId, p => p.Organisation);
    public TieEnd<Participation, Defender> Defender { get; } = End(p => p.DefenderId, p => p.Defender);
}
