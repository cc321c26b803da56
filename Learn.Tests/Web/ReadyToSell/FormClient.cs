using System.Net;
using System.Text.RegularExpressions;

namespace Learn.Tests.Web.ReadyToSell;

/// <summary>
/// A signed-in browser that posts forms with the antiforgery token of the page it last read, as a browser
/// does, so a long journey does not read every page twice.
/// </summary>
public sealed partial class FormClient(HttpClient http)
{
    private string? _token;

    public HttpClient Http { get; } = http;

    public async Task<string> GetAsync(string url)
    {
        var response = await Http.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode}");
        var html = await response.Content.ReadAsStringAsync();
        if (Token().Match(html) is { Success: true } match)
        {
            _token = WebUtility.HtmlDecode(match.Groups[1].Value);
        }

        return html;
    }

    /// <summary>Posts and returns the page shown after it (following a post-redirect-get); any error status fails.</summary>
    public async Task<string> PostAsync(string url, params (string Name, string Value)[] fields)
    {
        _token ??= HttpClientExtensions.TokenOf(await Http.GetStringAsync(url));
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new KeyValuePair<string, string>("__RequestVerificationToken", _token));
        return await FollowAsync(url, await Http.PostAsync(url, new FormUrlEncodedContent(form)));
    }

    public async Task<string> PostMultipartAsync(string url, MultipartFormDataContent content)
    {
        _token ??= HttpClientExtensions.TokenOf(await Http.GetStringAsync(url));
        content.Add(new StringContent(_token), "__RequestVerificationToken");
        return await FollowAsync(url, await Http.PostAsync(url, content));
    }

    private async Task<string> FollowAsync(string url, HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            return await GetAsync(response.Headers.Location!.OriginalString);
        }

        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST {url}: {(int)response.StatusCode}\n{ErrorOf(html)}");
        return html;
    }

    private static string ErrorOf(string html) =>
        string.Join("\n", ErrorText().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("class=\"error\"[^>]*>([^<]*)<")]
    private static partial Regex ErrorText();
}
