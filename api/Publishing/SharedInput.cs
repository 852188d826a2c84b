using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using NetworkGraph.Api.Mutations;
using NetworkGraph.Data;
using NetworkGraph.Data.Reference;

namespace NetworkGraph.Api.Publishing;

/// <summary>Input that several curated types share, read and checked the same way for each.</summary>
public static class SharedInput
{
    /// <summary>An input field's type: required on create, optional on update.</summary>
    public static Type Required<T>(bool required) where T : IGraphType => required ? typeof(NonNullGraphType<T>) : typeof(T);

    /// <summary>A list of codes, each once.</summary>
    public static List<string> Codes(object? value) => (value as IEnumerable<object?> ?? []).OfType<string>().Distinct().ToList();

    /// <summary>The countries of the given ISO codes (any case), tracked; an unknown code fails the field.</summary>
    public static async Task<List<Country>> CountriesAsync(NetworkGraphDbContext db, string field, IEnumerable<string> given, InputChecks checks, CancellationToken cancellationToken)
    {
        var codes = given.Select(code => code.ToUpperInvariant()).Distinct().ToList();
        var countries = await db.Countries.AsTracking().Where(c => codes.Contains(c.Code)).ToListAsync(cancellationToken);
        checks.Known(field, codes, countries.Select(c => c.Code).ToHashSet());
        return countries;
    }

    /// <summary>The themes of the given codes, tracked; an unknown code fails the field.</summary>
    public static async Task<List<Theme>> ThemesAsync(NetworkGraphDbContext db, string field, object? value, InputChecks checks, CancellationToken cancellationToken)
    {
        var codes = Codes(value);
        var themes = await db.Themes.AsTracking().Where(t => codes.Contains(t.Code)).ToListAsync(cancellationToken);
        checks.Known(field, codes, themes.Select(t => t.Code).ToHashSet());
        return themes;
    }
}
