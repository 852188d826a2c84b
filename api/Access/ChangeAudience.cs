using System.Collections.Concurrent;
using System.Reflection;
using NetworkGraph.Api.Changes;
using NetworkGraph.Data.Proposals;

namespace NetworkGraph.Api.Access;

/// <summary>
/// Whether a caller may hear of an event, decided when it is sent: only of a proposal, a record or a tie the caller may
/// see then. An event that takes its subject out of sight (an unpublish, a tie's removal) is heard only by those who could
/// see the subject just before (<see cref="ChangeEvent.SeenBefore"/>): nobody learns through it what they never saw.
/// </summary>
public sealed class ChangeAudience(AccessRules access)
{
    private static readonly string ProposalType = EntityNodes.NameOf<AllianceProposal>();

    private static readonly ConcurrentDictionary<string, Func<AccessRules, NetworkGraphDbContext, Guid, CancellationToken, Task<bool>>?> VisibleById = new();

    private static readonly MethodInfo RecordVisible = typeof(ChangeAudience).GetMethod(nameof(RecordVisibleAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo TieVisible = typeof(ChangeAudience).GetMethod(nameof(TieVisibleAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public async Task<bool> MayHearOfAsync(NetworkGraphDbContext db, ChangeEvent change, CancellationToken cancellationToken)
    {
        if (change.SeenBefore is { } seenBefore) return Admits(seenBefore);
        if (change.RecordType == ProposalType)
            return await access.AllianceProposals(db).AnyAsync(p => p.Id == change.RecordId, cancellationToken);
        var visible = VisibleById.GetOrAdd(change.RecordType, type => VisibilityOf(db, type));
        return visible is not null && await visible(access, db, change.RecordId, cancellationToken);
    }

    /// <summary>Whether the caller's audience is as wide as <paramref name="audience"/>: staff see every audience, partners two, everyone else the public.</summary>
    private bool Admits(Visibility audience) => access.Audience switch
    {
        Audience.Staff => true,
        Audience.Partners => audience is Visibility.Public or Visibility.Partners,
        _ => audience == Visibility.Public,
    };

    /// <summary>How a record of the named type is found through the access rules: as a curated record or as a tie.</summary>
    private static Func<AccessRules, NetworkGraphDbContext, Guid, CancellationToken, Task<bool>>? VisibilityOf(NetworkGraphDbContext db, string recordType)
    {
        var type = db.Model.GetEntityTypes().Select(entity => entity.ClrType).FirstOrDefault(clr => clr.Name == recordType);
        var check = type is null ? null
            : type.IsSubclassOf(typeof(CuratedEntity)) ? RecordVisible.MakeGenericMethod(type)
            : type.IsSubclassOf(typeof(EdgeEntity)) ? TieVisible.MakeGenericMethod(type)
            : null;
        return check?.CreateDelegate<Func<AccessRules, NetworkGraphDbContext, Guid, CancellationToken, Task<bool>>>();
    }

    private static Task<bool> RecordVisibleAsync<T>(AccessRules access, NetworkGraphDbContext db, Guid id, CancellationToken cancellationToken) where T : CuratedEntity =>
        access.Records<T>(db).AnyAsync(r => r.Id == id, cancellationToken);

    private static Task<bool> TieVisibleAsync<T>(AccessRules access, NetworkGraphDbContext db, Guid id, CancellationToken cancellationToken) where T : EdgeEntity =>
        access.Ties<T>(db).AnyAsync(e => e.Id == id, cancellationToken);
}
