using NetworkGraph.Api.Webhooks;

namespace NetworkGraph.Tests.Webhooks;

public sealed class WebhookRetryScheduleTests
{
    /// <summary>A Random whose every draw is the same, to see the schedule at the ends and the middle of its jitter.</summary>
    private sealed class SameDraw(double draw) : Random
    {
        public override double NextDouble() => draw;
    }

    private static readonly TimeSpan[] Schedule =
    [
        TimeSpan.Zero, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(2), TimeSpan.FromHours(5), TimeSpan.FromHours(10), TimeSpan.FromHours(10),
    ];

    private static List<TimeSpan?> Delays(Random random) => [.. Enumerable.Range(1, 9).Select(attempt => WebhookRetrySchedule.NextDelay(attempt, random))];

    [Fact]
    public void Without_jitter_the_next_attempt_follows_the_schedule_and_none_follows_the_ninth() =>
        Assert.Equal([.. Schedule.Select(delay => (TimeSpan?)delay), null], Delays(new SameDraw(0.5)));

    [Fact]
    public void Jitter_shortens_or_lengthens_a_delay_by_at_most_a_fifth_and_leaves_immediately_immediate()
    {
        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(4), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(24),
            TimeSpan.FromMinutes(96), TimeSpan.FromHours(4), TimeSpan.FromHours(8), TimeSpan.FromHours(8), null], Delays(new SameDraw(0)));
        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(6), TimeSpan.FromMinutes(6), TimeSpan.FromMinutes(36),
            TimeSpan.FromMinutes(144), TimeSpan.FromHours(6), TimeSpan.FromHours(12), TimeSpan.FromHours(12), null], Delays(new SameDraw(1)));
    }

    [Fact]
    public void Seeded_jitter_stays_within_its_bounds_and_spreads_the_delays()
    {
        var random = new Random(20261203);
        for (var attempt = 1; attempt <= Schedule.Length; attempt++)
        {
            var delays = Enumerable.Range(0, 500).Select(_ => WebhookRetrySchedule.NextDelay(attempt, random)!.Value).ToList();
            var planned = Schedule[attempt - 1];

            Assert.All(delays, delay => Assert.InRange(delay, planned * 0.8, planned * 1.2));
            Assert.Equal(planned == TimeSpan.Zero ? 1 : 500, delays.Distinct().Count());
        }
    }

    [Fact]
    public void Attempts_are_counted_from_one() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WebhookRetrySchedule.NextDelay(0, new Random(1)));

    [Theory]
    [InlineData(null, false)]
    [InlineData("2026-11-28T08:00:01Z", false)]
    [InlineData("2026-11-28T08:00:00Z", true)]
    [InlineData("2026-11-01T00:00:00Z", true)]
    public void An_endpoint_failing_for_five_days_is_disabled(string? failingSince, bool disable) =>
        Assert.Equal(disable, WebhookRetrySchedule.ShouldDisable(failingSince is null ? null : DateTimeOffset.Parse(failingSince),
            new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero), new WebhookOptions().DisableAfter));
}
