using NetworkGraph.Data.Coalitions;
using NetworkGraph.Data.Defenders;
using NetworkGraph.Data.Edges;
using NetworkGraph.Data.Goals;
using NetworkGraph.Data.Organisations;

namespace NetworkGraph.Data.Seeding;

/// <summary>
/// A large generated network for benchmarks: published organisations over wider Europe with coalitions,
/// goals and defenders in proportion, and edges whose degrees follow a power law, inserted by the
/// provider's bulk path. The same seed gives the same network.
/// </summary>
public static class SyntheticNetwork
{
    public static async Task SeedAsync(NetworkGraphDbContext db, int organisations, int edges, int seed, TextWriter log, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(organisations, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(edges);
        var plan = SyntheticPlan.For(organisations, edges);
        log.WriteLine($"Seeding a synthetic network: {plan}.");
        if (plan.Edges < edges) log.WriteLine($"  {edges:N0} edges do not fit between {organisations:N0} organisations without repeats; writing {plan.Edges:N0}.");

        var network = new SyntheticNetworkGenerator(new Random(seed), plan);
        var model = db.Model;
        await using var writer = await BulkWriter.OpenAsync(db, log, cancellationToken);
        await writer.WriteAsync(BulkTable.ForEntity<Organisation>(model), network.Organisations(), cancellationToken);
        await writer.WriteAsync(BulkTable.ForJoin<Organisation>(model, nameof(Organisation.Themes)), network.OrganisationThemes(), cancellationToken);
        await writer.WriteAsync(BulkTable.ForJoin<Organisation>(model, nameof(Organisation.OperatingCountries)), network.OrganisationCountries(), cancellationToken);
        await writer.WriteAsync(BulkTable.ForEntity<Coalition>(model), network.Coalitions(), cancellationToken);
        await writer.WriteAsync(BulkTable.ForJoin<Coalition>(model, nameof(Coalition.Themes)), network.CoalitionThemes(), cancellationToken);
        await writer.WriteAsync(BulkTable.ForEntity<AdvocacyGoal>(model), network.Goals(), cancellationToken);
        await writer.WriteAsync(BulkTable.ForJoin<AdvocacyGoal>(model, nameof(AdvocacyGoal.Themes)), network.GoalThemes(), cancellationToken);
        await writer.WriteAsync(BulkTable.ForJoin<AdvocacyGoal>(model, nameof(AdvocacyGoal.Countries)), network.GoalCountries(), cancellationToken);
        await writer.WriteAsync(BulkTable.ForJoin<AdvocacyGoal>(model, nameof(AdvocacyGoal.TargetInstitutions)), network.GoalInstitutions(), cancellationToken);
        await writer.WriteAsync(BulkTable.ForEntity<Defender>(model), network.Defenders(), cancellationToken);
        await writer.WriteAsync(BulkTable.ForJoin<Defender>(model, nameof(Defender.Themes)), network.DefenderThemes(), cancellationToken);
        await writer.WriteAsync(BulkTable.ForJoin<Defender>(model, nameof(Defender.Countries)), network.DefenderCountries(), cancellationToken);
        await writer.WriteAsync(BulkTable.ForEntity<Partnership>(model), network.Partnerships(), cancellationToken);
        await writer.WriteAsync(BulkTable.ForEntity<Membership>(model), network.Memberships(), cancellationToken);
        await writer.WriteAsync(BulkTable.ForEntity<GoalSupport>(model), network.GoalSupports(), cancellationToken);
        await writer.WriteAsync(BulkTable.ForEntity<Affiliation>(model), network.Affiliations(), cancellationToken);
        await writer.CommitAsync(cancellationToken);
        log.WriteLine($"Seeded {writer.RowsWritten:N0} rows in {writer.Elapsed.TotalSeconds:F1} s.");
    }
}

/// <summary>How many records and edges of each kind a synthetic network gets.</summary>
internal sealed record SyntheticPlan(
    int Organisations, int Coalitions, int Goals, int Defenders, int Partnerships, int Memberships, int GoalSupports, int Affiliations)
{
    public int Edges => Partnerships + Memberships + GoalSupports + Affiliations;

    public static SyntheticPlan For(int organisations, int edges)
    {
        var coalitions = Math.Max(1, organisations / 100);
        var goals = Math.Max(1, organisations / 200);
        var defenders = Math.Max(1, organisations / 10);
        var memberships = Fit(edges / 10L, (long)coalitions * (organisations + defenders));
        var goalSupports = Fit(edges / 25L, (long)goals * (organisations + coalitions));
        var affiliations = Fit(edges * 3L / 100, (long)defenders * organisations);
        var partnerships = Fit(edges - memberships - goalSupports - affiliations, (long)organisations * (organisations - 1) / 2);
        return new SyntheticPlan(organisations, coalitions, goals, defenders, partnerships, memberships, goalSupports, affiliations);
    }

    /// <summary>Edges are drawn without repeats, so at most half the possible pairs, which keeps rejection sampling cheap.</summary>
    private static int Fit(long wanted, long pairs) => (int)Math.Min(wanted, pairs / 2);

    public override string ToString() =>
        $"{Organisations:N0} organisations, {Coalitions:N0} coalitions, {Goals:N0} goals, {Defenders:N0} defenders; {Edges:N0} edges " +
        $"({Partnerships:N0} partnerships, {Memberships:N0} memberships, {GoalSupports:N0} goal supports, {Affiliations:N0} affiliations)";
}
