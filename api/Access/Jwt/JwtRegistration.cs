using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace NetworkGraph.Api.Access.Jwt;

public static class JwtRegistration
{
    /// <summary>
    /// Adds JWT bearer validation when "Access:Jwt" configures it; claims are read as the token has them. The handler
    /// validates the token <see cref="CredentialVerifier"/> gives it, from a header or a subscription's connection_init.
    /// </summary>
    public static void AddJwtBearerIfConfigured(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(JwtSettings.Section).Get<JwtSettings>() ?? new JwtSettings();
        services.AddSingleton(settings);
        if (!settings.Enabled) return;
        services.AddAuthentication().AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.Authority = settings.Authority;
            options.Audience = settings.Audience;
            options.TokenValidationParameters.ValidateAudience = settings.Audience is not null;
            options.Events = new JwtBearerEvents
            {
                OnMessageReceived = received =>
                {
                    received.Token = CredentialVerifier.TokenOf(received.HttpContext);
                    return Task.CompletedTask;
                },
            };
            if (settings.SigningKey is { } key)
            {
                options.TokenValidationParameters.IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key));
                options.TokenValidationParameters.ValidIssuer = settings.Issuer;
                options.TokenValidationParameters.ValidateIssuer = settings.Issuer is not null;
            }
        });
    }
}
