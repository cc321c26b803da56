using Learn.Core.Help;
using Microsoft.AspNetCore.SignalR;

namespace Learn.Web.Help;

public static class HelpWebExtensions
{
    /// <summary>The help hub, its SignalR notifier, the escalation timer and the sweep of unused help files.</summary>
    public static WebApplicationBuilder AddLearnHelp(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<HelpOptions>().BindConfiguration(HelpOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSignalR(options =>
        {
            // Instances, not types: a filter type is wrapped and resolved again on every call of every connection.
            options.AddFilter(new SessionHubFilter());
            options.AddFilter(new LearnErrorHubFilter());
        });

        builder.Services.AddScoped<HelpCaller>();
        builder.Services.AddScoped<IHelpNotifier, HubHelpNotifier>();
        builder.Services.AddSingleton<HelpEscalationService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<HelpEscalationService>());
        builder.Services.AddSingleton<HelpFileSweepService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<HelpFileSweepService>());
        return builder;
    }

    public static WebApplication MapLearnHelp(this WebApplication app)
    {
        app.MapHub<HelpHub>(HelpHub.Path).RequireAuthorization();
        app.MapNudge();
        app.MapHelpAttachments();
        return app;
    }
}
