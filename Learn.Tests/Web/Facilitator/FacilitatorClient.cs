using System.Net.Http.Headers;
using System.Text;

namespace Learn.Tests.Web.Facilitator;

/// <summary>The roster upload as a browser sends it: multipart form with the page's antiforgery token.</summary>
public static class FacilitatorClient
{
    public static async Task<HttpResponseMessage> UploadRosterAsync(this HttpClient client, byte[] csv, int? cohortId = null)
    {
        var token = await client.GetAntiforgeryTokenAsync("/fasilitator/impor");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(csv);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "peserta.csv");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        if (cohortId is { } c)
        {
            form.Add(new StringContent(c.ToString(System.Globalization.CultureInfo.InvariantCulture)), "CohortId");
        }

        return await client.PostAsync("/fasilitator/impor?handler=Upload", form);
    }

    public static byte[] Utf8(string text, bool bom = false) => [.. bom ? Encoding.UTF8.GetPreamble() : [], .. Encoding.UTF8.GetBytes(text)];
}
