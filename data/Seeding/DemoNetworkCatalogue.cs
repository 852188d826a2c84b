using NetworkGraph.Data.Events;
using NetworkGraph.Data.Organisations;

namespace NetworkGraph.Data.Seeding;

/// <summary>
/// An organisation's name pattern ({City}, {Adj}, {Country}, {Region}), kind, themes and what it does.
/// It fits the places in <paramref name="Areas"/>, or only those in <paramref name="Countries"/> when given;
/// <paramref name="InExile"/> patterns are for organisations that work on their country from abroad.
/// </summary>
internal sealed record OrganisationTemplate(
    string Pattern, OrganisationKind Kind, string[] Themes, string Activity,
    Area Areas = Area.All, string[]? Countries = null, bool InExile = false, double Weight = 1)
{
    /// <summary>Organisations in exile are not named after their host city.</summary>
    public bool Fits(Place home, bool inExile) =>
        (inExile ? !Pattern.Contains("{City}") : !InExile) && (Countries?.Contains(home.Code) ?? (Areas & home.Area) != 0);
}

/// <summary>Where a coalition works: a region or one country, with the adjective its name takes.</summary>
internal sealed record Scope(string Code, string Name, string Adjective, string[] Countries)
{
    public bool IsNational => Countries.Length == 1;
}

/// <summary>A coalition's name pattern ({Scope} adjective or {ScopeName}), themes, purpose and the scopes it fits.</summary>
internal sealed record CoalitionTemplate(string Pattern, string[] Themes, string Purpose, string[] Scopes);

/// <summary>An advocacy goal: the action in a title "{Country}: {Action}", its summary, themes, target institutions and the countries it fits.</summary>
internal sealed record GoalTemplate(string Action, string Summary, string[] Themes, string[] Institutions, string[] Countries);

/// <summary>
/// A convening: title pattern ({City}, {OtherCity}, {Region}, {Institution}), kind, themes, description,
/// host countries (none: online), length in days and, for seasonal events, the months it starts in.
/// </summary>
internal sealed record EventTemplate(
    string Title, EventKind Kind, string[] Themes, string Description, string[] Hosts, int MinDays, int MaxDays,
    double Weight = 1, int[]? Months = null)
{
    public bool Online => Hosts.Length == 0;
}

/// <summary>What a defender does: the bio sentence, a short title, the role in an organisation and where it fits.</summary>
internal sealed record Profession(
    string Title, string Bio, string Role, string[] Themes, OrganisationKind[] Kinds, string[]? Countries = null, bool FemaleOnly = false);

/// <summary>A campaign with fixed text, translated in the phrasebook.</summary>
internal sealed record CampaignTemplate(string Title, string Summary, string Body, string[] Themes, string[] GoalActions, string[] CoalitionThemes, string? DefenderProfession);

internal static class DemoNetworkCatalogue
{
    private static readonly string[] AsylumCountries =
        ["GR", "IT", "ES", "MT", "CY", "HR", "HU", "PL", "LT", "LV", "BG", "RS", "BA", "MK", "TR", "DE", "AT", "BE", "NL", "FR", "SE", "GE", "AM", "MD"];

    public static IReadOnlyList<OrganisationTemplate> Organisations { get; } =
    [
        new("{City} Helsinki Citizens' Initiative", OrganisationKind.Ngo, ["civic-space", "human-rights-defenders", "rule-of-law"],
            "It monitors human-rights violations, publishes reports and supports activists facing prosecution.",
            Area.EasternPartnership | Area.WesternBalkans | Area.Turkiye | Area.CentralAsia),
        new("Centre for Legal Aid {City}", OrganisationKind.LegalAid, ["rule-of-law", "torture-prevention"],
            "It gives free legal advice and takes strategic cases to national and international courts.", Weight: 1.5),
        new("{Adj} Coalition for Judicial Independence", OrganisationKind.Network, ["judicial-independence", "rule-of-law"],
            "It brings together lawyers, judges and NGOs to defend the independence of the courts.", Area.Wider | Area.EuropeanUnion),
        new("Women's Rights Network {Region}", OrganisationKind.Network, ["womens-rights", "equality"],
            "It connects women's organisations, shares expertise between shelters and advocates against gender-based violence."),
        new("Queer Hub {City}", OrganisationKind.Grassroots, ["lgbtqi-rights", "equality"],
            "It runs a community centre, a crisis line and safe meeting spaces for LGBTQI+ people.", Weight: 1.2),
        new("{City} Defenders' House", OrganisationKind.Ngo, ["human-rights-defenders", "civic-space"],
            "It offers temporary shelter, office space and security support to human-rights defenders."),
        new("Institute for Democratic Participation", OrganisationKind.ThinkTank, ["democracy", "civic-space"],
            "It researches public participation and trains municipal councils and citizen groups.", Weight: 0.6),
        new("{City} Independent Journalists' Network", OrganisationKind.Media, ["media-freedom", "freedom-of-expression"],
            "It publishes investigative stories and provides legal support to reporters under pressure."),
        new("{Adj} Digital Rights Lab", OrganisationKind.Ngo, ["digital-rights", "freedom-of-expression"],
            "It tracks internet shutdowns, surveillance and online censorship and trains activists in digital security."),
        new("Roma Inclusion Forum {City}", OrganisationKind.Grassroots, ["roma-rights", "minority-rights"],
            "It works with Roma families, schools and local councils against segregation and discrimination.",
            Countries: ["RS", "MK", "XK", "AL", "BA", "ME", "HU", "SK", "CZ", "RO", "BG", "MD", "UA"]),
        new("{City} Refugee Support Centre", OrganisationKind.LegalAid, ["asylum", "migration"],
            "It gives legal counselling to asylum seekers and monitors conditions in reception centres.", Countries: AsylumCountries),
        new("{Adj} Platform for Election Monitoring", OrganisationKind.Network, ["election-observation", "democracy"],
            "It trains and deploys citizen observers and publishes independent assessments of elections.", Area.Wider),
        new("{City} Anti-Corruption Watch", OrganisationKind.Ngo, ["anti-corruption", "rule-of-law"],
            "It investigates public procurement, asset declarations and conflicts of interest."),
        new("{City} Centre for Truth and Documentation", OrganisationKind.Ngo, ["war-crimes-documentation", "transitional-justice"],
            "It collects testimonies and evidence of serious crimes and supports survivors seeking justice.",
            Countries: ["UA", "BA", "XK", "RS", "HR", "GE", "AM", "AZ", "ME"], Weight: 1.5),
        new("{Adj} Workers' Solidarity Union", OrganisationKind.TradeUnion, ["labour-rights", "freedom-of-association"],
            "It organises workers, represents them in disputes and defends the right to strike.", Weight: 0.7),
        new("{City} Green Rights Collective", OrganisationKind.Grassroots, ["environmental-rights"],
            "It supports communities opposing harmful mining, dam and logging projects."),
        new("Disability Rights Alliance {City}", OrganisationKind.Network, ["disability-rights", "equality"],
            "It advocates for independent living and accessible public services.", Weight: 0.7),
        new("{City} Civic Courage Fund", OrganisationKind.Funder, ["civic-space", "human-rights-defenders"],
            "It gives small grants and emergency support to activists and grassroots groups.", Area.West),
        new("{Region} Foundation for Civil Society", OrganisationKind.Funder, ["civic-space", "freedom-of-association"],
            "It funds independent civil society and helps organisations become more resilient.", Area.West),
        new("Centre for Peace and Dialogue {City}", OrganisationKind.Ngo, ["peacebuilding", "conflict"],
            "It runs dialogue programmes across conflict lines and works with young people on reconciliation.",
            Countries: ["AM", "AZ", "GE", "MD", "UA", "BA", "XK", "RS", "CY", "TR"]),
        new("{Adj} Institute for Minority Studies", OrganisationKind.Academic, ["minority-rights", "equality"],
            "It studies the situation of national and linguistic minorities and advises public bodies.", Weight: 0.6),
        new("{City} Human Rights Law Clinic", OrganisationKind.Academic, ["rule-of-law", "human-rights-defenders"],
            "Law students work with practising lawyers on cases and on submissions to international bodies.", Weight: 0.8),
        new("{City} Rehabilitation Centre for Survivors of Torture", OrganisationKind.Ngo, ["torture-prevention"],
            "It provides medical, psychological and legal support to survivors of torture.", Weight: 0.8),
        new("Statelessness Support Network {Region}", OrganisationKind.Network, ["statelessness", "migration"],
            "It helps stateless people obtain documents and advocates for safeguards in nationality law.", Weight: 0.6),
        new("{Adj} Investigative Reporting Studio", OrganisationKind.Media, ["media-freedom", "anti-corruption"],
            "Its reporters follow money, power and abuse of office across borders."),
        new("Feminist Collective {City}", OrganisationKind.Grassroots, ["womens-rights", "freedom-of-assembly"],
            "It organises marches, support groups and solidarity with survivors of violence."),
        new("{City} Women's Shelter and Advocacy Centre", OrganisationKind.Ngo, ["womens-rights"],
            "It runs a shelter and a hotline and advocates for better protection orders."),
        new("Association for Free Assembly {City}", OrganisationKind.Ngo, ["freedom-of-assembly", "civic-space"],
            "It monitors protests and policing and provides legal support to detained protesters."),
        new("{City} Fair Trials Watch", OrganisationKind.Ngo, ["judicial-independence", "rule-of-law"],
            "It monitors politically motivated trials and reports on fair-trial standards.", Area.Wider),
        new("{City} Regional Ombuds Office", OrganisationKind.NationalHumanRightsInstitution, ["rule-of-law", "equality"],
            "It handles complaints about public authorities and reports on the protection of rights in the region.", Weight: 0.3),
        new("{Adj} Policy Centre for European Integration", OrganisationKind.ThinkTank, ["rule-of-law", "democracy"],
            "It analyses accession reforms and proposes policy on the rule of law and fundamental rights.",
            Countries: ["AL", "BA", "XK", "ME", "MK", "RS", "UA", "MD", "GE", "TR"]),
        new("{City} Centre for Media Literacy", OrganisationKind.Ngo, ["freedom-of-expression", "media-freedom"],
            "It teaches young people and teachers to recognise disinformation.", Weight: 0.7),
        new("{City} Youth Rights Network", OrganisationKind.Network, ["civic-space", "democracy"],
            "It connects student groups and youth workers who want a say in public decisions.", Weight: 0.7),
        new("{Adj} Human Rights Initiative in Exile", OrganisationKind.Ngo, ["human-rights-defenders", "civic-space"],
            "It continues monitoring at home through a network of correspondents and supports political prisoners from abroad.", InExile: true, Weight: 3),
        new("Free {Adj} Media Collective", OrganisationKind.Media, ["media-freedom", "freedom-of-expression"],
            "It publishes for audiences at home while its editors work from exile.", InExile: true, Weight: 3),
        new("{Adj} Political Prisoners' Support Group", OrganisationKind.Grassroots, ["human-rights-defenders", "torture-prevention"],
            "Volunteers write letters, pay for lawyers and support the families of political prisoners.", InExile: true, Weight: 3),
    ];

    public static IReadOnlyList<Scope> RegionalScopes { get; } =
    [
        new("SC", "South Caucasus", "South Caucasus", ["AM", "AZ", "GE"]),
        new("EAP", "Eastern Partnership", "Eastern Partnership", ["AM", "AZ", "BY", "GE", "MD", "UA"]),
        new("WB", "Western Balkans", "Western Balkans", ["AL", "BA", "XK", "ME", "MK", "RS"]),
        new("CA", "Central Asia", "Central Asian", ["KZ", "KG", "TJ", "TM", "UZ"]),
        new("BS", "Black Sea", "Black Sea", ["BG", "RO", "TR", "GE", "UA", "MD"]),
        new("BALT", "Baltic", "Baltic", ["EE", "LV", "LT", "PL"]),
        new("DAN", "Danube Region", "Danube", ["AT", "SK", "HU", "HR", "RS", "BG", "RO", "MD"]),
        new("EUR", "Europe", "European", Places.All.Select(p => p.Code).ToArray()),
    ];

    public static IReadOnlyList<CoalitionTemplate> Coalitions { get; } =
    [
        new("{Scope} Alliance for Independent Courts", ["judicial-independence", "rule-of-law"],
            "Promotes independent courts and a fair, transparent appointment of judges.",
            ["WB", "EAP", "GE", "MD", "UA", "AM", "RS", "AL", "PL", "HU", "EUR"]),
        new("{Scope} Platform for Media Freedom", ["media-freedom", "freedom-of-expression"],
            "Defends journalists and the public's right to independent information.",
            ["WB", "SC", "CA", "TR", "RS", "GE", "EUR", "BS"]),
        new("{Scope} LGBTQI+ Equality Alliance", ["lgbtqi-rights", "equality"],
            "Works for equal rights and safety for LGBTQI+ people.",
            ["WB", "SC", "EAP", "CA", "GE", "UA", "RS", "TR", "BALT", "EUR", "DAN"]),
        new("{Scope} Network for the Istanbul Convention", ["womens-rights"],
            "Campaigns for the full implementation of the Istanbul Convention on violence against women.",
            ["SC", "EAP", "WB", "TR", "AM", "GE", "UA", "BALT", "DAN", "EUR"]),
        new("{Scope} Roma Rights Platform", ["roma-rights", "minority-rights"],
            "Fights antigypsyism and advocates for the inclusion of Roma.",
            ["WB", "DAN", "EUR", "RS", "MK"]),
        new("Civic Space Watch {ScopeName}", ["civic-space", "freedom-of-association", "freedom-of-assembly"],
            "Monitors restrictions on civil society and responds jointly to new threats.",
            ["SC", "EAP", "CA", "WB", "GE", "KG", "KZ", "RS", "TR", "EUR"]),
        new("{Scope} Network against Torture", ["torture-prevention"],
            "Works to prevent torture and ill-treatment in places of detention.",
            ["SC", "CA", "EAP", "TR", "KZ", "UA", "EUR"]),
        new("{Scope} Alliance for Fair Elections", ["election-observation", "democracy"],
            "Observes elections and advocates for free and fair electoral processes.",
            ["SC", "EAP", "WB", "CA", "GE", "AM", "MD", "RS", "KG"]),
        new("{Scope} Solidarity Network for Defenders at Risk", ["human-rights-defenders"],
            "Provides solidarity and protection to human-rights defenders at risk.",
            ["EUR", "EAP", "CA", "BALT", "SC"]),
        new("{Scope} Migrant Rights Platform", ["asylum", "migration"],
            "Defends the rights of refugees and migrants and access to asylum.",
            ["WB", "BS", "BALT", "EUR", "DAN", "TR"]),
        new("{Scope} Accountability Coalition", ["war-crimes-documentation", "transitional-justice"],
            "Documents serious crimes and seeks justice for victims.",
            ["UA", "WB", "SC", "BA", "XK"]),
        new("{Scope} Digital Rights Network", ["digital-rights", "freedom-of-expression"],
            "Protects privacy and freedom of expression online.",
            ["EAP", "CA", "WB", "EUR", "SC", "TR"]),
        new("{Scope} Environmental Defenders Network", ["environmental-rights"],
            "Supports communities and activists who defend the environment.",
            ["CA", "SC", "WB", "DAN", "BS", "EUR"]),
        new("{Scope} Anti-Corruption Coalition", ["anti-corruption", "rule-of-law"],
            "Exposes corruption and pushes for transparent institutions.",
            ["WB", "EAP", "UA", "MD", "AM", "KZ", "EUR"]),
    ];

    private static readonly string[] CouncilOfEuropeFocus =
        ["AM", "AZ", "GE", "MD", "UA", "TR", "RS", "BA", "ME", "MK", "AL", "HU", "PL", "BG", "RO"];

    private static readonly string[] WiderEurope = Places.All.Where(p => (p.Area & Area.Wider) != 0).Select(p => p.Code).ToArray();

    public static IReadOnlyList<GoalTemplate> Goals { get; } =
    [
        new("repeal the 'foreign agent' law",
            "The law labels independent organisations and media as agents of foreign influence and threatens them with closure. Supporters ask for its repeal in line with international standards on freedom of association.",
            ["civic-space", "freedom-of-association"], ["UN", "OSCE", "COE", "EU"], ["GE", "KG", "KZ", "AZ", "RU", "BY", "HU", "SK", "TJ"]),
        new("execute the European Court's judgments on unlawful detention",
            "Years after the European Court of Human Rights found violations, people are still held in pre-trial detention without proper reasons. The goal is full execution of the judgments under the Committee of Ministers' supervision.",
            ["rule-of-law", "torture-prevention"], ["COE"], CouncilOfEuropeFocus),
        new("end impunity for domestic violence",
            "Protection orders are rarely enforced and few cases reach court. Supporters want the Istanbul Convention's standards applied in law and in practice.",
            ["womens-rights"], ["COE", "UN"], WiderEurope),
        new("adopt legal gender recognition based on self-determination",
            "Trans people cannot change their legal gender without surgery or a court case. The goal is a quick, transparent procedure based on self-determination.",
            ["lgbtqi-rights", "equality"], ["COE", "UN", "EU"], ["GE", "AM", "UA", "MD", "RS", "ME", "BA", "AL", "XK", "MK", "TR", "PL", "HU", "RO", "BG", "LT", "SK"]),
        new("make judicial appointments transparent and merit-based",
            "Judges are appointed and promoted without open competition. The goal is a judicial council and selection procedure that meet European standards.",
            ["judicial-independence", "rule-of-law"], ["COE", "EU", "OSCE"], ["GE", "AM", "MD", "UA", "RS", "BA", "ME", "MK", "AL", "XK", "PL", "HU", "BG", "RO", "KZ", "KG"]),
        new("investigate torture complaints independently",
            "Complaints of ill-treatment are investigated by the same police and prosecutors they concern. Supporters call for an independent investigative body.",
            ["torture-prevention", "rule-of-law"], ["UN", "COE"], WiderEurope),
        new("decriminalise defamation",
            "Journalists and activists are prosecuted for defamation and insult. The goal is to remove these offences from the criminal code.",
            ["media-freedom", "freedom-of-expression"], ["OSCE", "COE"], ["AZ", "TR", "KZ", "KG", "TJ", "UZ", "BY", "AL", "MK", "BA"]),
        new("implement the OSCE/ODIHR election recommendations",
            "Observation missions have repeated the same recommendations for years. Citizen observers track each one and press for reform before the next elections.",
            ["election-observation", "democracy"], ["OSCE"], [.. WiderEurope, "HU"]),
        new("end pushbacks at the border",
            "People seeking protection are pushed back without any procedure. Supporters demand independent border monitoring and access to asylum.",
            ["asylum", "migration"], ["EU", "COE", "UN"], ["GR", "HR", "PL", "LT", "LV", "HU", "BG", "BA", "MK", "RS", "TR"]),
        new("release all political prisoners",
            "Activists, journalists and lawyers are in prison because of their work. The goal is their release and full rehabilitation.",
            ["human-rights-defenders", "torture-prevention"], ["UN", "OSCE", "EU"], ["BY", "AZ", "RU", "TJ", "TM", "KG"]),
        new("end school segregation of Roma children",
            "Roma children are placed in separate schools and classes. The goal is inclusive education backed by a desegregation plan and funding.",
            ["roma-rights", "minority-rights"], ["EU", "COE"], ["SK", "CZ", "HU", "RO", "BG", "RS", "MK", "XK", "AL", "BA", "ME"]),
        new("bring perpetrators of war crimes to justice",
            "Survivors and families are still waiting for justice. Supporters document crimes, assist prosecutors and call for effective trials.",
            ["war-crimes-documentation", "transitional-justice"], ["UN", "COE", "EU"], ["UA", "BA", "XK", "RS", "GE"]),
        new("adopt a strong access-to-information law",
            "Requests for public information go unanswered or are refused without reason. The goal is a law with short deadlines, narrow exceptions and an independent commissioner.",
            ["freedom-of-expression"], ["COE", "OSCE"], WiderEurope),
        new("ban spyware abuse against journalists and activists",
            "Spyware has been used against journalists, lawyers and activists. Supporters call for a ban on abusive spyware, judicial oversight and remedies for victims.",
            ["digital-rights", "media-freedom"], ["EU", "COE", "UN"], ["PL", "HU", "GR", "RS", "AZ", "KZ", "GE", "AM"]),
        new("adopt a national protection mechanism for human-rights defenders",
            "Defenders face threats, smear campaigns and attacks with little protection. The goal is a protection programme designed together with civil society.",
            ["human-rights-defenders"], ["UN", "EU"], WiderEurope),
        new("guarantee the right to peaceful assembly",
            "Protests are banned, dispersed or punished with heavy fines. The goal is an assembly law that follows the OSCE/ODIHR and Venice Commission guidelines.",
            ["freedom-of-assembly", "civic-space"], ["OSCE", "COE"], WiderEurope),
        new("allow independent trade unions to register",
            "Independent unions are refused registration or forced into official federations. The goal is free registration and an end to reprisals against union leaders.",
            ["labour-rights", "freedom-of-association"], ["UN"], ["KZ", "UZ", "BY", "TJ", "TR", "AZ"]),
        new("ensure that no child is born stateless",
            "Children of undocumented parents risk remaining without a nationality. The goal is birth registration for all and safeguards against statelessness in nationality law.",
            ["statelessness", "migration"], ["UN", "COE"], ["MK", "ME", "BA", "RS", "XK", "UA", "MD", "KG", "TJ"]),
        new("meet the EU rule-of-law benchmarks for accession",
            "Accession talks depend on progress on courts, corruption and fundamental rights. Supporters monitor the benchmarks and publish shadow reports.",
            ["rule-of-law", "anti-corruption"], ["EU"], ["AL", "BA", "XK", "ME", "MK", "RS", "UA", "MD", "GE", "TR"]),
        new("guarantee public participation in environmental decisions",
            "Mining and energy projects are approved without real consultation. The goal is timely public hearings and access to environmental information, as the Aarhus Convention requires.",
            ["environmental-rights"], ["UN", "EU"], WiderEurope),
    ];

    /// <summary>Where joint sessions with each institution take place, and the body named in the title.</summary>
    public static IReadOnlyDictionary<string, (string Body, string Country, string City)> InstitutionSeats { get; } =
        new Dictionary<string, (string, string, string)>
        {
            ["COE"] = ("Council of Europe", "FR", "Strasbourg"),
            ["OSCE"] = ("OSCE", "AT", "Vienna"),
            ["EU"] = ("European Parliament", "BE", "Brussels"),
            ["UN"] = ("UN Human Rights Council", "CH", "Geneva"),
        };

    public static IReadOnlyList<EventTemplate> Events { get; } =
    [
        new("{Region} Human Rights Defenders Forum", EventKind.Conference, ["human-rights-defenders", "civic-space"],
            "Two days of strategy sessions, security workshops and meetings between defenders and diplomats.",
            ["GE", "AM", "MD", "RS", "ME", "MK", "AL", "KG", "KZ", "LT", "PL", "AT", "DE"], 2, 3, 1.5),
        new("Trial Monitoring Training in {City}", EventKind.Training, ["rule-of-law", "judicial-independence"],
            "Lawyers and activists learn how to observe politically sensitive trials and report on fair-trial standards.",
            ["GE", "AM", "MD", "UA", "RS", "BA", "KZ", "KG", "TR", "AL", "XK"], 2, 4),
        new("Legal Aid Exchange {City} – {OtherCity}", EventKind.ExchangeVisit, ["rule-of-law"],
            "Legal aid lawyers visit peer organisations to compare case strategies and referral systems.",
            ["GE", "AM", "MD", "UA", "RS", "BA", "ME", "MK", "AL", "XK", "KZ", "KG", "TR"], 3, 5),
        new("Joint Session on Civic Space at the {Institution}", EventKind.JointSession, ["civic-space", "freedom-of-association"],
            "Coalition members brief delegations on restrictions on civil society and present joint recommendations.",
            ["FR", "AT", "BE", "CH"], 0, 1),
        new("Webinar: Digital Security for Activists", EventKind.Webinar, ["digital-rights"],
            "An online session on secure messaging, device protection and safe use of social media.", [], 0, 0),
        new("Regional Consultation on the Istanbul Convention", EventKind.Conference, ["womens-rights"],
            "Women's rights organisations compare national laws with the Convention and draft shadow reports.",
            ["GE", "AM", "MD", "UA", "RS", "ME", "MK", "AL", "BA", "PL", "HU", "BG", "LT"], 1, 2),
        new("Summer School on Strategic Litigation", EventKind.Training, ["rule-of-law", "human-rights-defenders"],
            "A week of training for young lawyers on bringing cases to the European Court of Human Rights and UN treaty bodies.",
            ["GE", "AM", "MD", "ME", "MK", "AL", "PL", "LT", "CZ", "AT", "NL", "FR"], 5, 6, Months: [7, 8]),
        new("Media Freedom Roundtable {City}", EventKind.Conference, ["media-freedom", "freedom-of-expression"],
            "Editors, reporters and media lawyers discuss legal pressure on the press and how to respond together.",
            ["GE", "AM", "RS", "ME", "AL", "XK", "TR", "KZ", "KG", "LT", "DE", "AT", "CZ"], 1, 1),
        new("Pride Safety Planning Workshop", EventKind.Training, ["lgbtqi-rights", "freedom-of-assembly"],
            "Organisers of Pride marches share risk assessments, stewarding plans and contacts with the police.",
            ["RS", "ME", "MK", "AL", "BA", "XK", "GE", "MD", "UA", "PL", "HU", "LT", "LV"], 1, 2, Months: [3, 4, 5]),
        new("Documenting War Crimes: Methods and Ethics", EventKind.Training, ["war-crimes-documentation", "transitional-justice"],
            "A training on collecting testimonies, preserving digital evidence and working with survivors without causing harm.",
            ["UA", "PL", "BA", "XK", "LT", "NL"], 2, 4),
        new("Election Observers' Academy {City}", EventKind.Training, ["election-observation", "democracy"],
            "Citizen observers train on long-term observation, social media monitoring and reporting.",
            ["GE", "AM", "MD", "UA", "RS", "MK", "AL", "ME", "KG", "KZ", "TR"], 2, 3),
        new("Webinar: Working with UN Special Procedures", EventKind.Webinar, ["human-rights-defenders"],
            "How to send urgent appeals and communications to UN special rapporteurs.", [], 0, 0, 0.7),
        new("Border Monitoring Exchange {City} – {OtherCity}", EventKind.ExchangeVisit, ["asylum", "migration"],
            "Lawyers and volunteers from both sides of a border compare how they document pushbacks and assist people on the move.",
            ["GR", "BG", "HR", "BA", "RS", "MK", "PL", "LT", "LV", "TR", "HU"], 3, 4, 0.7),
    ];

    private static readonly string[] PostSoviet = ["AM", "AZ", "BY", "GE", "MD", "UA", "RU", "KZ", "KG", "TJ", "TM", "UZ"];

    public static IReadOnlyList<Profession> Professions { get; } =
    [
        new("human-rights lawyer", "Human-rights lawyer who defends journalists and activists in criminal cases.", "Lawyer",
            ["rule-of-law", "human-rights-defenders"], [OrganisationKind.LegalAid, OrganisationKind.Ngo, OrganisationKind.Academic]),
        new("investigative journalist", "Investigative journalist who reports on corruption and abuse of power.", "Journalist",
            ["media-freedom", "anti-corruption"], [OrganisationKind.Media]),
        new("women's rights activist", "Women's rights activist who runs a hotline for survivors of domestic violence.", "Coordinator",
            ["womens-rights"], [OrganisationKind.Ngo, OrganisationKind.Grassroots, OrganisationKind.Network], FemaleOnly: true),
        new("LGBTQI+ activist", "LGBTQI+ activist who organises community support and documents hate crimes.", "Community organiser",
            ["lgbtqi-rights"], [OrganisationKind.Grassroots, OrganisationKind.Ngo]),
        new("environmental defender", "Environmental defender who campaigns against illegal logging and mining.", "Campaigner",
            ["environmental-rights"], [OrganisationKind.Grassroots, OrganisationKind.Ngo]),
        new("election observer", "Election observer who trains citizen monitors.", "Trainer",
            ["election-observation", "democracy"], [OrganisationKind.Network, OrganisationKind.Ngo]),
        new("researcher", "Researcher who documents war crimes and records survivors' testimonies.", "Researcher",
            ["war-crimes-documentation", "transitional-justice"], [OrganisationKind.Ngo, OrganisationKind.Academic],
            ["UA", "BA", "XK", "GE", "AM", "AZ", "RS"]),
        new("trade unionist", "Trade unionist who organises workers in the oil and mining industries.", "Organiser",
            ["labour-rights", "freedom-of-association"], [OrganisationKind.TradeUnion], ["KZ", "TR", "BY", "AZ", "UZ", "TJ", "RS", "GE"]),
        new("detention monitor", "Monitors places of detention and supports the families of political prisoners.", "Monitor",
            ["torture-prevention", "human-rights-defenders"], [OrganisationKind.Ngo, OrganisationKind.Grassroots]),
        new("volunteer", "Volunteer who gives legal information to refugees at the border.", "Volunteer",
            ["asylum", "migration"], [OrganisationKind.LegalAid, OrganisationKind.Ngo], ["GR", "PL", "HU", "BG", "TR", "BA", "RS", "LT", "MK"]),
        new("digital security trainer", "Digital security trainer who helps activists protect their communications.", "Trainer",
            ["digital-rights"], [OrganisationKind.Ngo, OrganisationKind.Media], PostSoviet),
        new("Roma rights activist", "Roma rights activist who works with schools and local councils.", "Mediator",
            ["roma-rights", "minority-rights"], [OrganisationKind.Grassroots, OrganisationKind.Ngo], ["RS", "MK", "XK", "AL", "BA", "HU", "SK", "BG", "RO"]),
    ];

    public static IReadOnlyList<CampaignTemplate> Campaigns { get; } =
    [
        new("Journalism Is Not a Crime",
            "Across the region, journalists are jailed, fined and spied on for their reporting. Stand with them.",
            """
            ## Why it matters

            Independent journalists expose corruption and abuse. Across the region they face criminal charges, heavy fines and surveillance.

            ## What we ask

            - Release all journalists detained for their work.
            - Decriminalise defamation.
            - Stop the use of spyware against the press.

            [Read the joint statement](https://journalism-is-not-a-crime.example.org)
            """,
            ["media-freedom", "freedom-of-expression"],
            ["decriminalise defamation", "ban spyware abuse against journalists and activists"],
            ["media-freedom"], "investigative journalist"),
        new("Safe Haven for Defenders at Risk",
            "Emergency visas and relocation grants save lives. Ask your government to fund them and make them simpler.",
            """
            ## Why it matters

            When threats become acute, defenders need to leave quickly and safely. Visa procedures often take months.

            ## What we ask

            - Humanitarian visas for defenders at risk within two weeks.
            - Funding for temporary relocation programmes.
            - Support for the families who relocate with them.

            [Sign the call](https://safe-haven.example.org)
            """,
            ["human-rights-defenders"],
            ["adopt a national protection mechanism for human-rights defenders", "release all political prisoners"],
            ["human-rights-defenders"], null),
    ];

    /// <summary>First names by naming style: (female, male).</summary>
    public static IReadOnlyDictionary<NameStyle, (string[] Female, string[] Male)> FirstNames { get; } =
        new Dictionary<NameStyle, (string[], string[])>
        {
            [NameStyle.EastSlavic] = (["Nadia", "Anastasia", "Yulia", "Daria", "Ksenia", "Volha", "Alesia", "Marina"], ["Ilya", "Sergei", "Dmitry", "Pavel", "Ales", "Siarhei", "Maksim", "Artem"]),
            [NameStyle.Ukrainian] = (["Oksana", "Iryna", "Olena", "Kateryna", "Mariia", "Solomiia"], ["Taras", "Dmytro", "Andrii", "Oleksandr", "Bohdan", "Yurii"]),
            [NameStyle.Georgian] = (["Nino", "Tamar", "Ana", "Mariam", "Salome", "Ketevan"], ["Giorgi", "Levan", "Davit", "Nika", "Irakli", "Lasha"]),
            [NameStyle.Armenian] = (["Anahit", "Lusine", "Gohar", "Armine", "Nare", "Siranush"], ["Armen", "Narek", "Tigran", "Hayk", "Vahe", "Gevorg"]),
            [NameStyle.Azerbaijani] = (["Leyla", "Gunel", "Aynur", "Sevinj", "Nigar"], ["Rashad", "Elvin", "Orkhan", "Emin", "Tural"]),
            [NameStyle.Romanian] = (["Mariana", "Victoria", "Ioana", "Elena", "Cristina"], ["Ion", "Vlad", "Andrei", "Mihai", "Dorin"]),
            [NameStyle.SouthSlavic] = (["Jelena", "Ivana", "Milica", "Amra", "Lejla", "Biljana", "Maja"], ["Marko", "Nikola", "Emir", "Dino", "Aleksandar", "Stefan"]),
            [NameStyle.Albanian] = (["Arta", "Ermira", "Blerta", "Vjosa", "Elira"], ["Besnik", "Arben", "Driton", "Klodian", "Ilir"]),
            [NameStyle.Turkish] = (["Elif", "Zeynep", "Ayşe", "Ece", "Deniz"], ["Mehmet", "Cem", "Emre", "Burak", "Kerem"]),
            [NameStyle.CentralAsian] = (["Aigerim", "Dinara", "Aizhan", "Cholpon", "Firuza", "Dilnoza", "Nodira", "Manizha"], ["Daniyar", "Yerlan", "Bakyt", "Azamat", "Farrukh", "Umid", "Bekzod", "Rustam"]),
            [NameStyle.Polish] = (["Agnieszka", "Magdalena", "Karolina"], ["Tomasz", "Piotr", "Michał"]),
            [NameStyle.Western] = (["Anna", "Sophie", "Clara", "Laura", "Eva", "Ingrid", "Marta", "Lena"], ["Lukas", "Thomas", "Julien", "Pieter", "Jonas", "Matteo", "David", "Erik"]),
        };

    /// <summary>Stems that make every generated family name recognisably invented.</summary>
    public static IReadOnlyList<string> FamilyNameStems { get; } = ["Exampl", "Sampl", "Test", "Mock", "Fict", "Dumm", "Placehold"];

    public static string FamilyName(string stem, NameStyle style, bool female) => style switch
    {
        NameStyle.EastSlavic or NameStyle.Azerbaijani or NameStyle.CentralAsian => stem + (female ? "ova" : "ov"),
        NameStyle.Ukrainian => stem + "enko",
        NameStyle.Georgian => stem + "ishvili",
        NameStyle.Armenian => stem + "yan",
        NameStyle.Romanian => stem + "escu",
        NameStyle.SouthSlavic => stem + "ović",
        NameStyle.Albanian => stem + "aj",
        NameStyle.Turkish => stem + "oğlu",
        NameStyle.Polish => stem + (female ? "owska" : "owski"),
        _ => stem + "ington",
    };

    public static IReadOnlyList<string> Curators { get; } = ["curator.irina", "curator.tomas", "curator.leyla", "curator.jonas"];
}
