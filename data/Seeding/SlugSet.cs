using System.Globalization;
using System.Text;

namespace NetworkGraph.Data.Seeding;

/// <summary>Turns names into lowercase ASCII slugs and keeps them unique within one set.</summary>
public sealed class SlugSet
{
    private const int MaxBaseLength = 100;
    private readonly HashSet<string> taken = new(StringComparer.Ordinal);

    public string Claim(string name)
    {
        var slug = Slugify(name);
        var candidate = slug;
        for (var n = 2; !taken.Add(candidate); n++) candidate = $"{slug}-{n}";
        return candidate;
    }

    public static string Slugify(string name)
    {
        var slug = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’') continue;
            var ascii = char.ToLowerInvariant(c) switch
            {
                'ı' => "i",
                'ł' => "l",
                'đ' => "d",
                'ø' => "o",
                'æ' => "ae",
                'ß' => "ss",
                var lower when char.IsAsciiLetterOrDigit(lower) => lower.ToString(),
                _ => "-",
            };
            if (ascii == "-" && (slug.Length == 0 || slug[^1] == '-')) continue;
            slug.Append(ascii);
        }
        var text = slug.ToString().Trim('-');
        return text.Length <= MaxBaseLength ? text : text[..MaxBaseLength].TrimEnd('-');
    }
}
