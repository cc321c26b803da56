using System.Net;
using System.Text.RegularExpressions;

namespace Learn.Tests.Web;

/// <summary>Form posts the way a browser makes them: antiforgery token from the page, cookies kept.</summary>
public static partial class HttpClientExtensions
{
    public static async Task<string> GetAntiforgeryTokenAsync(this HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        return TokenOf(html);
    }

    public static string TokenOf(string html)
    {
        var match = TokenInput().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl,
        IEnumerable<KeyValuePair<string, string>> fields, string? postUrl = null)
    {
        var token = await client.GetAntiforgeryTokenAsync(pageUrl);
        var all = fields.Append(new KeyValuePair<string, string>("__RequestVerificationToken", token));
        return await client.PostAsync(postUrl ?? pageUrl, new FormUrlEncodedContent(all));
    }

    /// <summary>
    /// Answers a lesson's quiz as a browser does: the post redirects to the lesson's results address
    /// (post-redirect-get), which is followed; a refused form comes back without a redirect.
    /// </summary>
    public static async Task<HttpResponseMessage> PostQuizAsync(this HttpClient client, string lessonUrl,
        IEnumerable<KeyValuePair<string, string>> fields)
    {
        var posted = await client.PostFormAsync(lessonUrl, fields);
        if (posted.StatusCode != HttpStatusCode.Redirect)
        {
            return posted;
        }

        var results = posted.Headers.Location!.OriginalString;
        Assert.StartsWith(lessonUrl + "?hasil=1", results);
        return await client.GetAsync(results.Split('#')[0]);
    }

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string phone, string pin = LearnApplication.Pin) =>
        await client.PostFormAsync("/akun/masuk", [new("Input.Phone", phone), new("Input.Pin", pin)]);

    public static async Task SignInOkAsync(this HttpClient client, string phone)
    {
        var response = await client.SignInAsync(phone);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
