using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace NetworkGraph.Api.Access.Jwt;

public static class JwtRegistration
{
    /// <summary>Adds JWT bearer validation when "Access:Jwt" configures it; claims are read as the token has them.</summary>
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
            if (settings.SigningKey is { } key)
            {
                options.TokenValidationParameters.IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key));
                options.TokenValidationParameters.ValidIssuer = settings.Issuer;
                options.TokenValidationParameters.ValidateIssuer = settings.Issuer is not null;
            }
        });
    }
}
