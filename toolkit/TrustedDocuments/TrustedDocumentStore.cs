using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace NetworkGraph.GraphQL.TrustedDocuments;

/// <summary>
/// The trusted documents (persisted operations) embedded in an assembly as resources named "operations/…", loaded at
/// start-up, by their document ID: <c>sha256:</c> and the hex SHA-256 of the file's exact bytes.
/// </summary>
public sealed class TrustedDocumentStore
{
    private const string ResourcePrefix = "operations/";

    public TrustedDocumentStore(Assembly assembly)
    {
        Documents = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var bytes = new MemoryStream();
                stream.CopyTo(bytes);
                return bytes.ToArray();
            })
            .ToDictionary(bytes => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes => Encoding.UTF8.GetString(bytes));
    }

    /// <summary>The text of each trusted document by its document ID.</summary>
    public IReadOnlyDictionary<string, string> Documents { get; }
}
