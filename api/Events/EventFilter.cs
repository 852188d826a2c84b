namespace NetworkGraph.Api.Events;

public sealed class EventFilter : FilterDeclaration<Event, FilterScope>
{
    public EventFilter()
    {
        Id(e => e.Id);
        Text(e => e.Title, "The event's title (in its default locale).");
        Text(e => e.Slug, "The event's slug.");
        Choice(e => e.Kind, "The kind of convening.");
        Field(new MissingTranslationFilterField());
        Comparable<DateOnly, DateOnlyGraphType>(e => e.StartsOn, "The first day.");
        Comparable<DateOnly, DateOnlyGraphType>(e => e.EndsOn, "The last day.");
        Text(e => e.City, "Where it takes place.");
        Related<CountryFilter, Country>(e => e.Country, "The country it takes place in.");
        List<ThemeFilter, Theme>(e => e.Themes, "What the event is about.");
        List<OrganisationFilter, Organisation>("organisations", scope => scope.Reached(Ties.Participation.Event, Ties.Participation.Organisation), "The organisations that organised or took part.");
    }
}
