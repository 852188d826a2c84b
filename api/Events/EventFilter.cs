using NetworkGraph.Api.Localization;
using NetworkGraph.Api.Organisations;
using NetworkGraph.Api.Reference;

namespace NetworkGraph.Api.Events;

public sealed class EventFilter : FilterDeclaration<Event, FilterScope>
{
    public EventFilter()
    {
        Id(e => e.Id);
        Text("title", e => e.Title, "The event's title (in its default locale).");
        Text("slug", e => e.Slug, "The event's slug.");
        Choice("kind", e => e.Kind, "The kind of convening.");
        Field(new MissingTranslationFilterField());
        Comparable<DateOnly, DateOnlyGraphType>("startsOn", e => e.StartsOn, "The first day.");
        Comparable<DateOnly, DateOnlyGraphType>("endsOn", e => e.EndsOn, "The last day.");
        Text("city", e => e.City, "Where it takes place.");
        Related<CountryFilter, Country>("country", e => e.Country, "The country it takes place in.");
        List<ThemeFilter, Theme>("themes", _ => e => e.Themes, "What the event is about.");
        List<OrganisationFilter, Organisation>("organisations", scope => scope.Reached(Ties.Participation.Event, Ties.Participation.Organisation), "The organisations that organised or took part.");
    }
}
