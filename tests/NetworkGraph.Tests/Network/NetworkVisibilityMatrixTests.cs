using NetworkGraph.Data;
using NetworkGraph.Data.Access;
using NetworkGraph.Tests.Access;
using static NetworkGraph.Tests.Access.MatrixSubjects;

namespace NetworkGraph.Tests.Network;

/// <summary>
/// What each role finds of each kind of record and tie through each field of <c>network</c>, generated from the tables of
/// <see cref="MatrixSubjects"/>, the scenes (<see cref="NetworkScene"/>) and the probes (<see cref="NetworkProbes"/>): a
/// record or tie the role may see is passed through, reached and returned; one it may not is not, and a question about
/// the record answers as about one that does not exist.
/// </summary>
public sealed class NetworkVisibilityMatrixTests(NetworkVisibilityMatrixTests.Apps apps) : IClassFixture<NetworkVisibilityMatrixTests.Apps>
{
    public static TheoryData<DatabaseProvider, Role, string, Subject, string> Matrix()
    {
        var cases = new TheoryData<DatabaseProvider, Role, string, Subject, string>();
        foreach (var provider in Providers)
            foreach (var role in Roles)
                foreach (var (type, subject) in NetworkScene.Kinds)
                    foreach (var probe in NetworkProbes.All)
                        cases.Add(provider, role, type, subject, probe.Field);
        return cases;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task A_network_field_takes_in_a_record_or_tie_exactly_when_the_role_may_see_it(DatabaseProvider provider, Role role, string type, Subject subject,
        string field)
    {
        var client = await apps.ClientAsync(provider, role);
        var probe = NetworkProbes.Named(field);
        var expected = Sees(role, subject) && probe.TakesIn(type);
        var shown = await probe.ShowsAsync(client, NetworkScene.Of(type, subject));
        Assert.True(expected == shown, $"{role} {(expected ? "should" : "should not")} find the {subject} {type} through {field}.");
    }

    public sealed class Apps() : MatrixApps(NetworkScene.SeedMatrixAsync);
}
