namespace NetworkGraph.Api.Network.Alliances;

/// <summary>
/// Countries near enough for their organisations to complement one another: in the same UN M49 sub-region, or in the same
/// policy grouping (EAP, WB, CA). The intergovernmental institutions (UN, OSCE, COE, EU) are left out: nearly every
/// pair of countries of the network shares one of them, so sharing one says nothing.
/// </summary>
public static class NeighbouringCountries
{
    /// <summary>Why the two countries are neighbours ("both in Western Asia", "both in EAP"); null when they are not, or are one country.</summary>
    public static string? Why(NetworkPlaces places, string first, string second)
    {
        if (first == second || !places.Countries.TryGetValue(first, out var a) || !places.Countries.TryGetValue(second, out var b)) return null;
        if (a.Subregion == b.Subregion) return $"both in {a.Subregion}";
        var grouping = a.Institutions.Intersect(b.Institutions).Where(places.Groupings.Contains).Order(StringComparer.Ordinal).FirstOrDefault();
        return grouping is null ? null : $"both in {grouping}";
    }
}
