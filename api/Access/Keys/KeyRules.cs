using NetworkGraph.Data.Access;

namespace NetworkGraph.Api.Access.Keys;

/// <summary>What makes a key request valid, for the command line and the admin mutations alike; each check says what is wrong, or null.</summary>
public static class KeyRules
{
    public const int MaxNameLength = 200;

    public static string? NameProblem(string? name) =>
        string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength ? $"Name who holds the key, in 1 to {MaxNameLength} characters." : null;

    /// <summary>A partner key acts for exactly one organisation; keys of other roles for none.</summary>
    public static string? OrganisationProblem(Role role, bool organisationGiven) => (role, organisationGiven) switch
    {
        (Role.Partner, false) => "A partner key acts for one organisation: name it.",
        (not Role.Partner, true) => $"Only partner keys act for an organisation; a {NameOf(role)} key acts for none.",
        _ => null,
    };

    public static string? ExpiryProblem(DateTime expiresAt, DateTimeOffset now) =>
        expiresAt <= now.UtcDateTime ? "The expiry has passed already." : null;

    public static string? RoleProblem(Role role) => role == Role.Anonymous ? "Keys are for partners, curators and administrators." : null;

    public static string NameOf(Role role) => role.ToString().ToLowerInvariant();
}
