using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using NetworkGraph.Data.Access;

namespace NetworkGraph.Api.Access.Keys;

/// <summary>
/// API keys look like <c>ng_&lt;prefix&gt;_&lt;secret&gt;</c>: the prefix (12 base32 characters) finds the row and is stored
/// in clear; the secret (32 random bytes, base64url) is not stored at all, only the SHA-256 of the whole key. A fast
/// unsalted hash is enough because the secret is random with 256 bits, not a password a dictionary could guess.
/// </summary>
public static class ApiKeys
{
    public const string Scheme = "ng_";
    private const int PrefixLength = 12;
    private const int SecretBytes = 32;
    private const string PrefixAlphabet = "abcdefghijklmnopqrstuvwxyz234567";
    private static readonly SearchValues<char> PrefixCharacters = SearchValues.Create(PrefixAlphabet);
    private static readonly SearchValues<char> SecretCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
    private static readonly int SecretLength = Base64Url.GetEncodedLength(SecretBytes);
    private static readonly int KeyLength = Scheme.Length + PrefixLength + 1 + SecretLength;

    /// <summary>Stores a new key and returns it with its plain text, which exists nowhere else afterwards.</summary>
    public static async Task<CreatedKey> CreateAsync(NetworkGraphDbContext db, Role role, string name,
        Guid? organisationId = null, DateTime? expiresAt = null, CancellationToken cancellationToken = default)
    {
        var created = await AddAsync(db, role, name, organisationId, expiresAt, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return created;
    }

    /// <summary>Adds a new key to the context, to be saved with whatever else the caller saves with it.</summary>
    public static async Task<CreatedKey> AddAsync(NetworkGraphDbContext db, Role role, string name,
        Guid? organisationId, DateTime? expiresAt, CancellationToken cancellationToken)
    {
        string prefix;
        do prefix = RandomNumberGenerator.GetString(PrefixAlphabet, PrefixLength);
        while (await db.ApiKeys.AnyAsync(k => k.Prefix == prefix, cancellationToken));
        var plain = $"{Scheme}{prefix}_{Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes))}";
        var key = new ApiKey
        {
            Name = name, Prefix = prefix, SecretHash = Hash(plain), Role = role, OrganisationId = organisationId, ExpiresAt = expiresAt,
        };
        db.ApiKeys.Add(key);
        return new CreatedKey(key, plain);
    }

    /// <summary>The prefix of a well-formed key, or null when the text cannot be a key.</summary>
    public static string? PrefixOf(string presented)
    {
        if (presented.Length != KeyLength || !presented.StartsWith(Scheme, StringComparison.Ordinal)
            || presented[Scheme.Length + PrefixLength] != '_') return null;
        var prefix = presented.AsSpan(Scheme.Length, PrefixLength);
        var secret = presented.AsSpan(KeyLength - SecretLength);
        return prefix.ContainsAnyExcept(PrefixCharacters) || secret.ContainsAnyExcept(SecretCharacters) ? null : prefix.ToString();
    }

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public static bool Matches(byte[] storedHash, byte[] presentedHash) => CryptographicOperations.FixedTimeEquals(storedHash, presentedHash);
}

/// <summary>A key just created: the stored row, and the plain key to hand over once.</summary>
public sealed record CreatedKey(ApiKey Key, string PlainKey);
