using System.Globalization;
using NetworkGraph.Data.Access;

namespace NetworkGraph.Api.Access.Keys;

/// <summary>
/// The <c>keys</c> command: <c>create</c> prints a new key once, <c>list</c> shows the keys without secrets, <c>revoke</c>
/// ends a key. Arguments are checked before anything is written; a mistake is reported on the error writer with exit code 1.
/// </summary>
public sealed class KeysCommand(NetworkGraphDbContext db, TextWriter output, TextWriter errors)
{
    private const string Usage = """
        Usage:
          keys create --role partner|curator|admin --name "<who holds it>" [--organisation <slug>] [--expires <2027-01-31>]
          keys list
          keys revoke <prefix>
        A partner key needs --organisation, the organisation it acts for; other roles take none.
        """;

    private static readonly string[] CreateOptions = ["--role", "--name", "--organisation", "--expires"];

    /// <summary>Runs the arguments after "keys"; "--Key=Value" arguments are configuration, left to the host.</summary>
    public async Task<int> RunAsync(IEnumerable<string> args)
    {
        var arguments = args.Where(a => !(a.StartsWith("--", StringComparison.Ordinal) && a.Contains('='))).ToList();
        try
        {
            if ((await db.Database.GetPendingMigrationsAsync()).Any())
                throw new CommandException("The database is not up to date: run 'migrate' first.");
            switch (arguments.FirstOrDefault())
            {
                case "create": await CreateAsync(OptionsOf(arguments[1..])); break;
                case "list" when arguments.Count == 1: await ListAsync(); break;
                case "revoke" when arguments.Count == 2: await RevokeAsync(arguments[1]); break;
                default: throw new CommandException(Usage);
            }
            return 0;
        }
        catch (CommandException refused)
        {
            await errors.WriteLineAsync(refused.Message);
            return 1;
        }
    }

    private async Task CreateAsync(Dictionary<string, string> options)
    {
        var role = RoleOf(options.GetValueOrDefault("--role") ?? throw new CommandException("Give the key a role with --role partner|curator|admin."));
        var name = options.GetValueOrDefault("--name")?.Trim() ?? "";
        if (KeyRules.NameProblem(name) is not null)
            throw new CommandException($"Name who holds the key with --name, in at most {KeyRules.MaxNameLength} characters.");
        var organisationId = await OrganisationOf(role, options.GetValueOrDefault("--organisation"));
        var expiresAt = options.TryGetValue("--expires", out var expires) ? ExpiryOf(expires) : (DateTime?)null;

        var created = await ApiKeys.CreateAsync(db, role, name, organisationId, expiresAt);
        var expiry = expiresAt is { } at ? $"expires {Format(at)}" : "does not expire";
        await output.WriteLineAsync($"Created the {NameOf(role)} key {created.Key.Prefix} for \"{name}\"; it {expiry}. The key:");
        await output.WriteLineAsync(created.PlainKey);
        await output.WriteLineAsync("Store it now: it will not be shown again, since only its hash is kept.");
    }

    private async Task ListAsync()
    {
        var keys = await db.ApiKeys.OrderBy(k => k.CreatedAt).ThenBy(k => k.Prefix)
            .Select(k => new
            {
                k.Prefix, k.Name, k.Role, Organisation = k.Organisation == null ? null : k.Organisation.Slug,
                k.CreatedAt, k.ExpiresAt, k.RevokedAt, k.LastUsedAt,
            })
            .ToListAsync();
        if (keys.Count == 0)
        {
            await output.WriteLineAsync("No API keys.");
            return;
        }
        string[][] rows =
        [
            ["prefix", "name", "role", "organisation", "created", "expires", "revoked", "last used"],
            .. keys.Select(k => new[]
            {
                k.Prefix, k.Name, NameOf(k.Role), k.Organisation ?? "-", Format(k.CreatedAt), Format(k.ExpiresAt), Format(k.RevokedAt), Format(k.LastUsedAt),
            }),
        ];
        var widths = rows[0].Select((_, column) => rows.Max(row => row[column].Length)).ToArray();
        foreach (var row in rows)
            await output.WriteLineAsync(string.Join("  ", row.Select((cell, column) => cell.PadRight(widths[column]))).TrimEnd());
    }

    private async Task RevokeAsync(string prefix)
    {
        var key = await db.ApiKeys.AsTracking().SingleOrDefaultAsync(k => k.Prefix == prefix)
            ?? throw new CommandException($"No API key has the prefix '{prefix}'; 'keys list' shows the prefixes.");
        if (key.RevokedAt is { } revoked)
        {
            await output.WriteLineAsync($"The key {prefix} (\"{key.Name}\") was revoked already, at {Format(revoked)}.");
            return;
        }
        key.RevokedAt = db.Clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        await output.WriteLineAsync(
            $"Revoked the key {prefix} (\"{key.Name}\"). Running servers refuse it within {AccessOptions.Section}:KeyCacheSeconds (30 s unless configured).");
    }

    private static Dictionary<string, string> OptionsOf(IReadOnlyList<string> args)
    {
        var options = new Dictionary<string, string>();
        for (var i = 0; i < args.Count; i += 2)
        {
            if (!CreateOptions.Contains(args[i]))
                throw new CommandException($"Unknown option '{args[i]}'. Options: {string.Join(", ", CreateOptions)}.");
            if (i + 1 == args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                throw new CommandException($"'{args[i]}' needs a value after it.");
            if (!options.TryAdd(args[i], args[i + 1]))
                throw new CommandException($"'{args[i]}' is given twice.");
        }
        return options;
    }

    private static Role RoleOf(string value) => value.ToLowerInvariant() switch
    {
        "partner" => Role.Partner,
        "curator" => Role.Curator,
        "admin" => Role.Admin,
        _ => throw new CommandException($"Unknown role '{value}'. Roles: partner, curator, admin."),
    };

    private async Task<Guid?> OrganisationOf(Role role, string? slug)
    {
        if (role != Role.Partner)
            return slug is null ? null : throw new CommandException($"Only partner keys act for an organisation: leave out --organisation for a {NameOf(role)} key.");
        if (slug is null) throw new CommandException("A partner key acts for one organisation: give its slug with --organisation.");
        return await db.Organisations.Where(o => o.Slug == slug).Select(o => (Guid?)o.Id).FirstOrDefaultAsync()
            ?? throw new CommandException($"No organisation has the slug '{slug}'.");
    }

    /// <summary>A date alone means the key stops working at the start of that day, UTC.</summary>
    private DateTime ExpiryOf(string value)
    {
        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expires))
            throw new CommandException($"--expires takes a date such as 2027-01-31 (the key stops working as that day starts, UTC) or a time such as 2027-01-31T18:00Z, not '{value}'.");
        if (KeyRules.ExpiryProblem(expires.UtcDateTime, db.Clock.GetUtcNow()) is not null)
            throw new CommandException($"The expiry {Format(expires.UtcDateTime)} has passed already.");
        return expires.UtcDateTime;
    }

    private static string NameOf(Role role) => KeyRules.NameOf(role);

    private static string Format(DateTime? time) => time?.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) ?? "-";

    private sealed class CommandException(string message) : Exception(message);
}
