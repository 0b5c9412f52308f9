using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using OpenDisclosure.Data.Contracts;

namespace OpenDisclosure.Api.Web;

/// <summary>
/// The web explorer (Razor Pages under Pages/, static files under wwwroot/): server-rendered HTML over the same
/// store as /api/v1, for people who do not write code. No front-end build step: the pages compile with the host.
/// </summary>
public static class WebPages
{
    public static IServiceCollection AddWebPages(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<Lang>();
        // Chinese text as characters, not &#x…; entities: pages stay readable in view-source and half the size.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages(options => options.Conventions.ConfigureFilter(new LanguageCookieFilter()))
            // The draft check posts the /validate JSON back for rendering: read it with the contract's settings.
            .AddJsonOptions(options => ContractJson.Apply(options.JsonSerializerOptions));
        return services;
    }

    public static WebApplication MapWebPages(this WebApplication app)
    {
        app.UseStaticFiles();
        app.MapRazorPages();
        return app;
    }
}
