using NetworkGraph.Data.Access;
using NetworkGraph.Tests.Access;
using NetworkGraph.Tests.Infrastructure;
using static NetworkGraph.Tests.Access.MatrixSubjects;

namespace NetworkGraph.Tests.Network;

/// <summary>Callers of every role around a <see cref="NetworkScene"/>, and what each finds of its subject.</summary>
public static class NetworkCallers
{
    /// <summary>The fields of the probes that take in the scene's subject: what a caller who may see it finds it through.</summary>
    public static string[] Everywhere(NetworkScene scene) => [.. NetworkProbes.All.Where(probe => probe.TakesIn(scene.Type)).Select(probe => probe.Field)];

    /// <summary>A client of each role; the partner's key acts for the scene's "from".</summary>
    public static async Task<Dictionary<Role, GraphQLClient>> ClientsAsync(NetworkGraphApp app, NetworkScene scene)
    {
        var clients = new Dictionary<Role, GraphQLClient>();
        foreach (var role in Roles) clients[role] = await app.ClientAsync(role, role == Role.Partner ? scene.FromRecordId : null);
        return clients;
    }

    /// <summary>For each role, the fields through which it finds the scene's subject: "Partner: path neighbourhood".</summary>
    public static async Task<List<string>> FindingAsync(Dictionary<Role, GraphQLClient> clients, NetworkScene scene)
    {
        var finding = new List<string>();
        foreach (var role in Roles) finding.Add(Finding(role, await NetworkProbes.FindingAsync(clients[role], scene)));
        return finding;
    }

    /// <summary>What <see cref="FindingAsync"/> says of a role that finds the subject through the fields.</summary>
    public static string Finding(Role role, IEnumerable<string> fields) => $"{role}: {string.Join(' ', fields)}";

    /// <summary>For each role, what it finds of the scene's subject when exactly the roles given see it.</summary>
    public static IEnumerable<string> FoundBy(NetworkScene scene, Func<Role, bool> sees) => Roles.Select(role => Finding(role, sees(role) ? Everywhere(scene) : []));

    public static Task<MutationPayload> EraseAsync(GraphQLClient admin, MatrixRecord defender) =>
        admin.MutateAsync("eraseDefender", "EraseDefenderInput", "erasedId errors { code message }", new { id = defender.GlobalId, confirmAlias = defender.Word });
}
