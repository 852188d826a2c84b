using NetworkGraph.Api.Webhooks;
using StandardWebhooks;

namespace NetworkGraph.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    private const string Body = """{"type":"organisation.published","data":{"id":"T3JnYW5pc2F0aW9uOjE="}}""";

    [Fact]
    public void The_specification_test_vector_signs_as_published()
    {
        var message = new WebhookMessage("msg_p5jXN8AQM9LWM0D4loKWxJek", DateTimeOffset.FromUnixTimeSeconds(1614265330), """{"test": 2432232314}""");

        var headers = WebhookSignatures.Sign(message, ["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"]);

        Assert.Equal(new WebhookSignatureHeaders("msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="), headers);
    }

    [Fact]
    public void A_new_secret_is_whsec_and_32_random_bytes_in_base64()
    {
        var secrets = Enumerable.Range(0, 20).Select(_ => WebhookSecrets.Create()).ToList();

        Assert.All(secrets, secret =>
        {
            Assert.StartsWith("whsec_", secret);
            Assert.Equal(32, Convert.FromBase64String(secret["whsec_".Length..]).Length);
        });
        Assert.Equal(20, secrets.Distinct().Count());
    }

    [Fact]
    public void During_a_rotation_a_message_carries_one_signature_a_secret_and_each_secret_verifies_it()
    {
        string[] secrets = [WebhookSecrets.Create(), WebhookSecrets.Create()];
        var message = new WebhookMessage("msg_rotation", DateTimeOffset.UtcNow, Body);

        var headers = WebhookSignatures.Sign(message, secrets);

        Assert.Equal(
            [WebhookSignatures.Sign(message, [secrets[0]]).Signature, WebhookSignatures.Sign(message, [secrets[1]]).Signature],
            headers.Signature.Split(' '));
        Assert.Equal([0, 1], secrets.Select(secret => PackageVerifier.VerifiedSignature(secret, Body, AsReceived(headers))));
    }

    [Fact]
    public void Another_secret_does_not_verify_a_message()
    {
        var headers = WebhookSignatures.Sign(new WebhookMessage("msg_other", DateTimeOffset.UtcNow, Body), [WebhookSecrets.Create()]);

        var refusal = Assert.Throws<StandardWebhooks.Diagnostics.WebhookVerificationException>(
            () => new StandardWebhook(WebhookSecrets.Create()).Verify(Body, AsReceived(headers)));
        Assert.Equal("No matching signature found", refusal.Message);
    }

    private static Microsoft.AspNetCore.Http.HeaderDictionary AsReceived(WebhookSignatureHeaders headers) => new()
    {
        [WebhookSignatureHeaders.IdHeader] = headers.Id,
        [WebhookSignatureHeaders.TimestampHeader] = headers.Timestamp,
        [WebhookSignatureHeaders.SignatureHeader] = headers.Signature,
    };
}
