using System.Threading.RateLimiting;
using Learn.Core.Accounts;
using Learn.Web.Hosting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Learn.Web.Accounts;

public static class AuthExtensions
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string StaffPolicy = "Staff";
    public const string FacilitatorPolicy = "Facilitator";
    public const string SignInRateLimit = "signin";

    public static WebApplicationBuilder AddLearnAuth(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<SignInRateLimitOptions>().BindConfiguration(SignInRateLimitOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();

        builder.Services.AddAuthentication(Scheme).AddCookie(options =>
        {
            options.LoginPath = "/akun/masuk";
            options.LogoutPath = "/akun/keluar";
            options.AccessDeniedPath = "/akun/ditolak";
            options.Cookie.Name = "learn.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the request is HTTPS, also behind a proxy (see ForwardedHeaders in the README).
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromDays(30);
            options.SlidingExpiration = true;
            options.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
            // The JSON API and the hub answer with status codes, not a redirect to the sign-in page.
            options.Events.OnRedirectToLogin = ctx => ApiStatusOrRedirect(ctx.HttpContext, ctx.RedirectUri, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = ctx => ApiStatusOrRedirect(ctx.HttpContext, ctx.RedirectUri, StatusCodes.Status403Forbidden);
        });

        // The antiforgery cookie is Secure on HTTPS too (its default would never set Secure).
        builder.Services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicy, p => p.RequireRole(nameof(Role.Kader), nameof(Role.Facilitator), nameof(Role.Admin)))
            .AddPolicy(FacilitatorPolicy, p => p.RequireRole(nameof(Role.Facilitator), nameof(Role.Admin)));

        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignInRateLimit, context =>
            {
                // Only attempts count; showing the form is free.
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("get");
                }

                var permits = context.RequestServices.GetRequiredService<IOptions<SignInRateLimitOptions>>().Value.PermitsPerMinute;
                var window = TimeSpan.FromMinutes(1);
                // Several nodes (Redis configured): one count per address for all of them.
                if (context.RequestServices.GetService<RedisConnection>() is { } redis)
                {
                    var logger = context.RequestServices.GetRequiredService<ILogger<RedisWindowRateLimiter>>();
                    return RateLimitPartition.Get(context.ClientAddress(), client => new RedisWindowRateLimiter(redis, client, permits, window, logger));
                }

                return RateLimitPartition.GetFixedWindowLimiter(
                    context.ClientAddress(),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });
            });
        });
        return builder;
    }

    private static Task ApiStatusOrRedirect(HttpContext context, string redirectUri, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hubs"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(redirectUri);
        }

        return Task.CompletedTask;
    }
}
