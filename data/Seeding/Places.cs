namespace NetworkGraph.Data.Seeding;

/// <summary>The parts of wider Europe that generated networks are spread over.</summary>
[Flags]
internal enum Area
{
    EuropeanUnion = 1,
    EasternPartnership = 2,
    WesternBalkans = 4,
    Turkiye = 8,
    CentralAsia = 16,
    Russia = 32,
    OtherEurope = 64,
    Wider = EasternPartnership | WesternBalkans | Turkiye | CentralAsia | Russia,
    West = EuropeanUnion | OtherEurope,
    All = Wider | West,
}

/// <summary>How generated people's names are formed in a place.</summary>
internal enum NameStyle
{
    EastSlavic, Ukrainian, Georgian, Armenian, Azerbaijani, Romanian, SouthSlavic, Albanian, Turkish, CentralAsian, Polish, Western,
}

/// <summary>
/// A country as generated data sees it: display name and adjective, area and region label, how many
/// organisations it weighs for, how much pressure civil society is under (0 free … 3 closed), the
/// locale of its texts if it is one the demo translates to, and, for closed countries, where their
/// civil society works from in exile.
/// </summary>
internal sealed record Place(
    string Code,
    string Name,
    string Adjective,
    Area Area,
    string Region,
    double Weight,
    int Pressure,
    string? Locale,
    NameStyle NameStyle,
    string[] Cities,
    string[]? ExileHosts = null,
    double ExileShare = 0)
{
    public bool HasExile => ExileHosts is { Length: > 0 };
}

internal static class Places
{
    public static IReadOnlyList<Place> All { get; } =
    [
        new("AM", "Armenia", "Armenian", Area.EasternPartnership, "South Caucasus", 14, 1, "hy", NameStyle.Armenian, ["Yerevan", "Gyumri", "Vanadzor"]),
        new("AZ", "Azerbaijan", "Azerbaijani", Area.EasternPartnership, "South Caucasus", 8, 3, null, NameStyle.Azerbaijani, ["Baku", "Ganja", "Sumqayit"], ["GE", "DE", "FR", "LT"], 0.35),
        new("BY", "Belarus", "Belarusian", Area.EasternPartnership, "Eastern Europe", 10, 3, "ru", NameStyle.EastSlavic, ["Minsk", "Hrodna", "Brest", "Homel"], ["LT", "PL", "GE", "LV"], 0.8),
        new("GE", "Georgia", "Georgian", Area.EasternPartnership, "South Caucasus", 18, 2, "ka", NameStyle.Georgian, ["Tbilisi", "Batumi", "Kutaisi", "Zugdidi"]),
        new("MD", "Moldova", "Moldovan", Area.EasternPartnership, "Eastern Europe", 10, 1, null, NameStyle.Romanian, ["Chișinău", "Bălți", "Cahul", "Comrat"]),
        new("UA", "Ukraine", "Ukrainian", Area.EasternPartnership, "Eastern Europe", 22, 2, "uk", NameStyle.Ukrainian, ["Kyiv", "Kharkiv", "Lviv", "Odesa", "Dnipro", "Chernihiv"]),
        new("AL", "Albania", "Albanian", Area.WesternBalkans, "Western Balkans", 8, 1, "sq", NameStyle.Albanian, ["Tirana", "Shkodër", "Durrës", "Vlorë"]),
        new("BA", "Bosnia and Herzegovina", "Bosnian", Area.WesternBalkans, "Western Balkans", 10, 1, null, NameStyle.SouthSlavic, ["Sarajevo", "Banja Luka", "Mostar", "Tuzla"]),
        new("XK", "Kosovo", "Kosovar", Area.WesternBalkans, "Western Balkans", 8, 1, "sq", NameStyle.Albanian, ["Pristina", "Prizren", "Mitrovica", "Peja"]),
        new("ME", "Montenegro", "Montenegrin", Area.WesternBalkans, "Western Balkans", 6, 1, null, NameStyle.SouthSlavic, ["Podgorica", "Nikšić", "Bar"]),
        new("MK", "North Macedonia", "Macedonian", Area.WesternBalkans, "Western Balkans", 8, 1, null, NameStyle.SouthSlavic, ["Skopje", "Bitola", "Tetovo", "Kumanovo"]),
        new("RS", "Serbia", "Serbian", Area.WesternBalkans, "Western Balkans", 14, 2, "sr", NameStyle.SouthSlavic, ["Belgrade", "Novi Sad", "Niš", "Kragujevac"]),
        new("TR", "Türkiye", "Turkish", Area.Turkiye, "Türkiye", 16, 2, "tr", NameStyle.Turkish, ["Istanbul", "Ankara", "İzmir", "Diyarbakır", "Gaziantep"], ["DE", "GR", "SE"], 0.1),
        new("KZ", "Kazakhstan", "Kazakh", Area.CentralAsia, "Central Asia", 10, 2, "ru", NameStyle.CentralAsian, ["Almaty", "Astana", "Shymkent", "Oral"]),
        new("KG", "Kyrgyzstan", "Kyrgyz", Area.CentralAsia, "Central Asia", 10, 2, "ru", NameStyle.CentralAsian, ["Bishkek", "Osh", "Karakol", "Jalal-Abad"]),
        new("TJ", "Tajikistan", "Tajik", Area.CentralAsia, "Central Asia", 4, 3, null, NameStyle.CentralAsian, ["Dushanbe", "Khujand", "Khorog"], ["DE", "PL", "LT"], 0.4),
        new("UZ", "Uzbekistan", "Uzbek", Area.CentralAsia, "Central Asia", 5, 2, null, NameStyle.CentralAsian, ["Tashkent", "Samarkand", "Nukus", "Fergana"]),
        new("TM", "Turkmenistan", "Turkmen", Area.CentralAsia, "Central Asia", 1, 3, null, NameStyle.CentralAsian, ["Ashgabat", "Türkmenabat"], ["AT", "CZ", "NL"], 0.9),
        new("RU", "Russia", "Russian", Area.Russia, "Russia", 20, 3, "ru", NameStyle.EastSlavic, ["Moscow", "Saint Petersburg", "Yekaterinburg", "Kazan", "Perm", "Novosibirsk"], ["LT", "LV", "GE", "DE", "AM", "EE", "PL", "CZ", "RS", "NL"], 0.7),
        new("AT", "Austria", "Austrian", Area.EuropeanUnion, "Central Europe", 4, 0, "de", NameStyle.Western, ["Vienna", "Graz", "Linz"]),
        new("BE", "Belgium", "Belgian", Area.EuropeanUnion, "Western Europe", 8, 0, "fr", NameStyle.Western, ["Brussels", "Antwerp", "Ghent", "Liège"]),
        new("BG", "Bulgaria", "Bulgarian", Area.EuropeanUnion, "Black Sea", 4, 1, null, NameStyle.SouthSlavic, ["Sofia", "Plovdiv", "Varna"]),
        new("HR", "Croatia", "Croatian", Area.EuropeanUnion, "Mediterranean", 3, 0, null, NameStyle.SouthSlavic, ["Zagreb", "Split", "Rijeka", "Osijek"]),
        new("CY", "Cyprus", "Cypriot", Area.EuropeanUnion, "Mediterranean", 1, 0, null, NameStyle.Western, ["Nicosia", "Limassol"]),
        new("CZ", "Czechia", "Czech", Area.EuropeanUnion, "Central Europe", 5, 0, null, NameStyle.Western, ["Prague", "Brno", "Ostrava"]),
        new("DK", "Denmark", "Danish", Area.EuropeanUnion, "Nordic", 2, 0, null, NameStyle.Western, ["Copenhagen", "Aarhus"]),
        new("EE", "Estonia", "Estonian", Area.EuropeanUnion, "Baltic", 3, 0, null, NameStyle.Western, ["Tallinn", "Tartu", "Narva"]),
        new("FI", "Finland", "Finnish", Area.EuropeanUnion, "Nordic", 2, 0, null, NameStyle.Western, ["Helsinki", "Tampere", "Turku"]),
        new("FR", "France", "French", Area.EuropeanUnion, "Western Europe", 6, 0, "fr", NameStyle.Western, ["Paris", "Lyon", "Strasbourg", "Marseille"]),
        new("DE", "Germany", "German", Area.EuropeanUnion, "Central Europe", 10, 0, "de", NameStyle.Western, ["Berlin", "Hamburg", "Munich", "Frankfurt", "Leipzig"]),
        new("GR", "Greece", "Greek", Area.EuropeanUnion, "Mediterranean", 4, 1, null, NameStyle.Western, ["Athens", "Thessaloniki", "Mytilene"]),
        new("HU", "Hungary", "Hungarian", Area.EuropeanUnion, "Central Europe", 6, 1, null, NameStyle.Western, ["Budapest", "Debrecen", "Szeged", "Pécs"]),
        new("IE", "Ireland", "Irish", Area.EuropeanUnion, "Western Europe", 1, 0, null, NameStyle.Western, ["Dublin", "Cork"]),
        new("IT", "Italy", "Italian", Area.EuropeanUnion, "Mediterranean", 3, 0, null, NameStyle.Western, ["Rome", "Milan", "Bologna", "Palermo"]),
        new("LV", "Latvia", "Latvian", Area.EuropeanUnion, "Baltic", 3, 0, null, NameStyle.Western, ["Riga", "Daugavpils"]),
        new("LT", "Lithuania", "Lithuanian", Area.EuropeanUnion, "Baltic", 6, 0, null, NameStyle.Western, ["Vilnius", "Kaunas", "Klaipėda"]),
        new("MT", "Malta", "Maltese", Area.EuropeanUnion, "Mediterranean", 1, 0, null, NameStyle.Western, ["Valletta"]),
        new("NL", "Netherlands", "Dutch", Area.EuropeanUnion, "Western Europe", 5, 0, "nl", NameStyle.Western, ["Amsterdam", "The Hague", "Utrecht", "Rotterdam"]),
        new("PL", "Poland", "Polish", Area.EuropeanUnion, "Central Europe", 8, 1, null, NameStyle.Polish, ["Warsaw", "Kraków", "Wrocław", "Gdańsk", "Białystok"]),
        new("PT", "Portugal", "Portuguese", Area.EuropeanUnion, "Mediterranean", 1, 0, null, NameStyle.Western, ["Lisbon", "Porto"]),
        new("RO", "Romania", "Romanian", Area.EuropeanUnion, "Black Sea", 5, 0, null, NameStyle.Romanian, ["Bucharest", "Cluj-Napoca", "Iași", "Timișoara"]),
        new("SK", "Slovakia", "Slovak", Area.EuropeanUnion, "Central Europe", 3, 1, null, NameStyle.Western, ["Bratislava", "Košice", "Banská Bystrica"]),
        new("SI", "Slovenia", "Slovenian", Area.EuropeanUnion, "Central Europe", 2, 0, null, NameStyle.SouthSlavic, ["Ljubljana", "Maribor"]),
        new("ES", "Spain", "Spanish", Area.EuropeanUnion, "Mediterranean", 3, 0, null, NameStyle.Western, ["Madrid", "Barcelona", "Seville"]),
        new("SE", "Sweden", "Swedish", Area.EuropeanUnion, "Nordic", 3, 0, null, NameStyle.Western, ["Stockholm", "Gothenburg", "Malmö"]),
        new("NO", "Norway", "Norwegian", Area.OtherEurope, "Nordic", 3, 0, null, NameStyle.Western, ["Oslo", "Bergen"]),
        new("CH", "Switzerland", "Swiss", Area.OtherEurope, "Central Europe", 4, 0, null, NameStyle.Western, ["Geneva", "Zurich", "Bern", "Lausanne"]),
        new("GB", "United Kingdom", "British", Area.OtherEurope, "Western Europe", 5, 0, null, NameStyle.Western, ["London", "Edinburgh", "Manchester"]),
    ];

    private static readonly Dictionary<string, Place> ByCode = All.ToDictionary(p => p.Code);

    public static Place Get(string code) => ByCode[code];
}
