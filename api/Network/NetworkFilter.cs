namespace NetworkGraph.Api.Network;

/// <summary><c>NetworkFilterInput</c>: which part of the network an analysis runs on; every criterion given must hold.</summary>
public sealed record NetworkFilterInput
{
    public string? Region { get; init; }
    public string? Country { get; init; }
    public string? Institution { get; init; }
    public string? Theme { get; init; }
    public OrganisationKind? Kind { get; init; }
}

public sealed class NetworkFilterInputType : RecordInputGraphType<NetworkFilterInput>
{
    public NetworkFilterInputType() : base(nameof(NetworkFilterInput),
        "The part of the network an analysis runs on, applied before it runs. A record's countries are its own (an " +
        "organisation's headquarters and operating countries, an event's country …); a record with none (a coalition) " +
        "takes those of the records it is tied to.")
    {
        Field(f => f.Region, "Records with a country in this UN M49 region or sub-region, by name: \"Europe\", \"Central Asia\".");
        Field(f => f.Country, "Records with this country (ISO 3166-1 alpha-2: \"GE\").");
        Field(f => f.Institution, "Records with a country that belongs to this institution or grouping (OSCE, COE, EU, UN, EAP, WB, CA), and goals that target it.");
        Field(f => f.Theme, "Records working on this theme or a narrower one (by code: \"lgbtqi-rights\").");
        Field(f => f.Kind, "Organisations of this kind only; records of other types are kept.");
    }
}

/// <summary>A checked <see cref="NetworkFilterInput"/>: which records of a view it keeps.</summary>
public sealed record NetworkFilter(string? Region, string? Country, string? Institution, string? Theme, OrganisationKind? Kind)
{
    /// <summary>The filter the input asks for, null when it asks for none; a code the reference data does not know is a coded error.</summary>
    public static NetworkFilter? From(NetworkFilterInput? input, NetworkPlaces places, string argument)
    {
        if (input is null || input == new NetworkFilterInput()) return null;
        var country = input.Country?.ToUpperInvariant();
        var institution = input.Institution?.ToUpperInvariant();
        Check(input.Region is null || places.IsRegion(input.Region), argument, nameof(input.Region), "is not a UN M49 region or sub-region");
        Check(country is null || places.Countries.ContainsKey(country), argument, nameof(input.Country), "is not a known country code");
        Check(institution is null || places.Institutions.Contains(institution), argument, nameof(input.Institution), "is not a known institution or grouping");
        Check(input.Theme is null || places.IsTheme(input.Theme), argument, nameof(input.Theme), "is not a known theme code");
        return new NetworkFilter(input.Region, country, institution, input.Theme, input.Kind);
    }

    /// <summary>Whether the record at node <paramref name="node"/> of the view meets every criterion.</summary>
    public bool Keeps(NetworkView view, int node)
    {
        var record = view.Nodes[node];
        if (Kind is { } kind && record.Record is Organisation && record.Kind != kind.ToString()) return false;
        if (Theme is { } theme && !record.Themes.Any(own => view.Places.IsWithin(own, theme))) return false;
        var countries = view.CountriesOf(node);
        if (Country is { } code && !countries.Contains(code)) return false;
        if (Region is { } region && !countries.Any(c => view.Places.Countries.TryGetValue(c, out var place) && (place.Region == region || place.Subregion == region)))
            return false;
        return Institution is not { } institution || view.InstitutionsOf(node).Contains(institution);
    }

    private static void Check(bool valid, string argument, string field, string problem)
    {
        if (!valid) throw new CodedError(ErrorCodes.InvalidArgument, $"'{argument}.{Naming.LowerCamel(field)}' {problem}.");
    }
}
