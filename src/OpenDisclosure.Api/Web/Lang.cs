using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.WebUtilities;

namespace OpenDisclosure.Api.Web;

/// <summary>
/// The page language: Chinese unless <c>?lang=en</c> was asked for (remembered in the <c>lang</c> cookie). Pages write
/// both texts side by side, <c>L.T("首页", "Home")</c>, so a translation sits next to the text it translates.
/// </summary>
public sealed class Lang(IHttpContextAccessor accessor)
{
    public const string Cookie = "lang";

    public bool En { get; } = Requested(accessor.HttpContext!) == "en";

    /// <summary>The value for the html lang attribute.</summary>
    public string Code => En ? "en" : "zh-CN";

    public string T(string zh, string en) => En ? en : zh;

    /// <summary>The current page in the other language.</summary>
    public string SwitchUrl
    {
        get
        {
            var request = accessor.HttpContext!.Request;
            var query = QueryHelpers.ParseQuery(request.QueryString.Value);
            query["lang"] = En ? "zh" : "en";
            return QueryHelpers.AddQueryString(request.Path.Value ?? "/", query);
        }
    }

    /// <summary>"en" or "zh": the query's choice first, then the cookie's.</summary>
    internal static string Requested(HttpContext http)
    {
        var asked = http.Request.Query["lang"].ToString();
        if (asked is "en" or "zh") return asked;
        return http.Request.Cookies[Cookie] == "en" ? "en" : "zh";
    }
}

/// <summary>Remembers an explicit <c>?lang=</c> choice in a cookie, so the next page keeps the language.</summary>
public sealed class LanguageCookieFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context) { }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var asked = context.HttpContext.Request.Query["lang"].ToString();
        if (asked is "en" or "zh")
            context.HttpContext.Response.Cookies.Append(Lang.Cookie, asked,
                new CookieOptions { Path = "/", MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, IsEssential = true });
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context) { }
}
