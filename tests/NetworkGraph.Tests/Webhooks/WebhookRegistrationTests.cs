using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NetworkGraph.Api.Webhooks;

namespace NetworkGraph.Tests.Webhooks;

public sealed class WebhookRegistrationTests
{
    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddWebhookDelivery(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Settings_default_to_a_15_second_attempt_public_targets_only_and_disabling_after_5_days()
    {
        using var services = Services([]);

        var options = services.GetRequiredService<IOptions<WebhookOptions>>().Value;

        Assert.Equal((TimeSpan.FromSeconds(15), false, TimeSpan.FromDays(5)), (options.AttemptTimeout, options.AllowPrivateTargets, options.DisableAfter));
        Assert.NotNull(services.GetRequiredService<WebhookSender>());
    }

    [Fact]
    public void Rotations_overlap_for_a_day_the_schedule_runs_at_full_length_and_eight_webhooks_are_sent_to_at_once()
    {
        using var services = Services([]);

        var options = services.GetRequiredService<IOptions<WebhookOptions>>().Value;

        Assert.Equal((TimeSpan.FromHours(24), 1.0, 8), (options.RotationOverlap, options.RetryDelayScale, options.MaxParallelWebhooks));
    }

    [Fact]
    public void Settings_are_read_from_the_webhooks_section()
    {
        using var services = Services(new()
        {
            ["Webhooks:AttemptTimeout"] = "00:00:05",
            ["Webhooks:AllowPrivateTargets"] = "true",
            ["Webhooks:CircuitBreakDuration"] = "00:01:00",
        });

        var options = services.GetRequiredService<IOptions<WebhookOptions>>().Value;

        Assert.Equal((TimeSpan.FromSeconds(5), true, TimeSpan.FromMinutes(1)), (options.AttemptTimeout, options.AllowPrivateTargets, options.CircuitBreakDuration));
    }

    [Theory]
    [InlineData("Webhooks:AttemptTimeout", "00:00:00", "Webhooks:AttemptTimeout must be positive.")]
    [InlineData("Webhooks:CircuitFailureRatio", "1.5", "Webhooks:CircuitFailureRatio must be above 0 and at most 1.")]
    [InlineData("Webhooks:CircuitMinimumThroughput", "1", "Webhooks:CircuitMinimumThroughput must be at least 2.")]
    [InlineData("Webhooks:CircuitMaxBreakDuration", "00:00:10", "Webhooks:CircuitMaxBreakDuration must be at least CircuitBreakDuration.")]
    [InlineData("Webhooks:RetryDelayScale", "0", "Webhooks:RetryDelayScale must be above 0 and at most 1.")]
    [InlineData("Webhooks:RotationOverlap", "-00:00:01", "Webhooks:RotationOverlap must not be negative.")]
    [InlineData("Webhooks:MaxParallelWebhooks", "0", "Webhooks:MaxParallelWebhooks must be from 1 to 256.")]
    public void A_setting_out_of_range_is_refused_with_its_name(string setting, string value, string message)
    {
        using var services = Services(new() { [setting] = value });

        var refusal = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<WebhookOptions>>().Value);

        Assert.Equal(message, refusal.Message);
    }
}
