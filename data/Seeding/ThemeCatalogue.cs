using NetworkGraph.Data.Reference;

namespace NetworkGraph.Data.Seeding;

/// <summary>NetworkGraph's theme taxonomy: broad areas of human-rights work and the subjects within them.</summary>
public static class ThemeCatalogue
{
    public static IReadOnlyList<Theme> All { get; } =
    [
        Area("civic-space", "Civic space", "Freedom of association, assembly and expression that lets civil society act."),
        Sub("freedom-of-association", "Freedom of association", "civic-space", "Registration, funding and 'foreign agent' rules for organisations."),
        Sub("freedom-of-assembly", "Freedom of peaceful assembly", "civic-space", "Protests, demonstrations and their policing."),
        Sub("human-rights-defenders", "Protection of human-rights defenders", "civic-space", "Relocation, emergency grants, trial monitoring and solidarity."),
        Area("rule-of-law", "Rule of law", "Independent courts, fair trials and accountable institutions."),
        Sub("judicial-independence", "Judicial independence", "rule-of-law", "Appointment, discipline and capture of judges and prosecutors."),
        Sub("anti-corruption", "Anti-corruption", "rule-of-law", "Transparency, asset declarations and state capture."),
        Sub("torture-prevention", "Prevention of torture", "rule-of-law", "Detention monitoring and accountability for ill-treatment."),
        Sub("transitional-justice", "Transitional justice", "rule-of-law", "Truth, reparations and accountability for past atrocities."),
        Area("freedom-of-expression", "Freedom of expression", "Speech, press freedom and access to information."),
        Sub("media-freedom", "Media freedom", "freedom-of-expression", "Safety of journalists and independence of the media."),
        Sub("digital-rights", "Digital rights", "freedom-of-expression", "Surveillance, privacy, internet shutdowns and platform governance."),
        Area("equality", "Equality and non-discrimination", "Rights of groups that face discrimination."),
        Sub("lgbtqi-rights", "LGBTQI+ rights", "equality", "Equality, legal gender recognition and protection from hate crime."),
        Sub("womens-rights", "Women's rights and gender equality", "equality", "Gender equality, violence against women, the Istanbul Convention."),
        Sub("roma-rights", "Roma rights", "equality", "Inclusion of Roma and Travellers, anti-Gypsyism."),
        Sub("minority-rights", "Minority rights", "equality", "National, ethnic, religious and linguistic minorities."),
        Sub("disability-rights", "Disability rights", "equality", "Independent living and the UN CRPD."),
        Area("migration", "Migration and asylum", "People on the move and their rights."),
        Sub("asylum", "Asylum and refugee protection", "migration", "Access to asylum, pushbacks and reception conditions."),
        Sub("statelessness", "Statelessness", "migration", "Prevention of statelessness and the right to a nationality."),
        Area("conflict", "Conflict and peace", "Human rights in and after armed conflict."),
        Sub("war-crimes-documentation", "War crimes documentation", "conflict", "Collecting evidence for accountability."),
        Sub("peacebuilding", "Peacebuilding and dialogue", "conflict", "Cross-line dialogue and reconciliation."),
        Area("economic-social-rights", "Economic and social rights", "Labour, housing, health and a healthy environment."),
        Sub("labour-rights", "Labour rights", "economic-social-rights", "Trade-union freedom and decent work."),
        Sub("environmental-rights", "Environmental rights", "economic-social-rights", "Environmental defenders and the right to a healthy environment."),
        Area("democracy", "Democracy and elections", "Free and fair elections and democratic participation."),
        Sub("election-observation", "Election observation", "democracy", "Citizen observation of elections."),
    ];

    private static Theme Area(string code, string name, string description) =>
        new() { Code = code, Name = name, Description = description };

    private static Theme Sub(string code, string name, string parent, string description) =>
        new() { Code = code, Name = name, Description = description, ParentCode = parent };
}
