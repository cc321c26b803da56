using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Learn.Tests.Web.ReadyToSell;

/// <summary>
/// Plays a practice-shop scenario through the shop pages the way a learner who has read the lessons would:
/// answer every buyer, check the mutasi before shipping a transfer, refuse an order whose money never came,
/// say no to every request for money or to open a file, accept a cancellation, settle a complaint.
/// It decides only from what the pages show.
/// </summary>
public sealed partial class ShopPlayer(FormClient browser)
{
    private const int MaxDays = 30;

    /// <summary>The right answer to each request the order page can ask, found by the question's text.</summary>
    private static readonly Dictionary<string, bool> RightAnswers = LoadRightAnswers();

    public async Task PlayAsync(string scenarioId)
    {
        var before = OrderIds(await browser.GetAsync("/toko/pesanan")).DefaultIfEmpty(0).Max();
        var home = await browser.PostAsync("/toko?handler=Start", ("scenario", scenarioId));
        Assert.Contains("handler=Stop", home, StringComparison.Ordinal);
        for (var day = 0; home.Contains("handler=Stop", StringComparison.Ordinal); day++)
        {
            Assert.True(day < MaxDays, $"scenario {scenarioId} did not end within {MaxDays} days");
            foreach (var id in OrderIds(await browser.GetAsync("/toko/pesanan")).Where(id => id > before).Distinct())
            {
                await ServeAsync(id);
            }

            home = await browser.PostAsync("/toko?handler=NextDay");
        }
    }

    private async Task ServeAsync(long id)
    {
        var url = $"/toko/pesanan/{id}";
        var page = await browser.GetAsync(url);
        for (var step = 0; step < 6; step++)
        {
            if (Prompt().Match(page) is { Success: true } prompt)
            {
                var question = WebUtility.HtmlDecode(prompt.Groups[1].Value);
                Assert.True(RightAnswers.TryGetValue(question, out var accept), $"order {id}: unknown request '{question}'");
                page = await browser.PostAsync($"{url}?handler=Answer", ("accept", accept ? "true" : "false"));
            }
            else if (page.Contains("handler=Ship", StringComparison.Ordinal))
            {
                await browser.PostAsync($"{url}?handler=Reply", ("Reply", "Terima kasih, Kak. Pesanan segera kami proses."));
                var paid = true;
                if (page.Contains("handler=Mutasi", StringComparison.Ordinal))
                {
                    var mutasi = await browser.PostAsync($"{url}?handler=Mutasi");
                    paid = !mutasi.Contains("role=\"alert\"", StringComparison.Ordinal);
                }

                page = paid
                    ? await browser.PostAsync($"{url}?handler=Ship", ("Courier", "Pos Indonesia"),
                        ("Resi", string.Create(CultureInfo.InvariantCulture, $"POS{id:D9}")))
                    : await browser.PostAsync($"{url}?handler=Refuse");
                page = await browser.GetAsync(url);
            }
            else
            {
                return;
            }
        }

        Assert.Fail($"order {id} still asks for something after six steps");
    }

    private static IEnumerable<long> OrderIds(string html) =>
        OrderLink().Matches(html).Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

    private static Dictionary<string, bool> LoadRightAnswers()
    {
        var strings = JsonSerializer.Deserialize<Dictionary<string, string>>(
            File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "Learn.Web", "Shop", "shop.id.json")))!;
        var right = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (key, accept) in new[]
                 {
                     ("OverpaidRefund", false), ("ApkLink", false), ("CourierFee", false), ("Cancellation", true), ("Complaint", true),
                     ("OtpRequest", false), ("MarketplaceService", false), ("ParcelReturned", true), ("FalseComplaint", false),
                 })
        {
            right[strings["Shop.Prompt." + key]] = accept;
        }

        return right;
    }

    [GeneratedRegex("href=\"/toko/pesanan/(\\d+)\"")]
    private static partial Regex OrderLink();

    [GeneratedRegex("<p id=\"prompt-q\"><strong>([^<]*)</strong>")]
    private static partial Regex Prompt();
}
