using NetworkGraph.Data.Common;
using NetworkGraph.Data.Edges;
using NetworkGraph.Data.Reference;

namespace NetworkGraph.Data.Events;

/// <summary>A convening: conference, training, exchange visit or joint session.</summary>
public sealed class Event : CuratedEntity, ISlugged
{
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    public EventKind Kind { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public string? CountryCode { get; set; }
    public Country? Country { get; set; }
    public string? City { get; set; }
    public string Description { get; set; } = "";
    public List<Theme> Themes { get; set; } = [];
    public List<Participation> Participations { get; set; } = [];
}

public enum EventKind { Conference, Training, ExchangeVisit, JointSession, Webinar }
