using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Learn.Core.Accounts;
using Learn.Core.Help;
using Learn.Tests.Core.Storage;
using Learn.Tests.Web.Shop;
using Learn.Web.Help;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Learn.Tests.Web.Help;

/// <summary>
/// Voice notes and photos in live help: uploaded over HTTP to the conversation's send form (as help.js and a
/// plain file input do), delivered and caught up over the hub with the .NET SignalR client, served by the file URL.
/// </summary>
[Collection(WebTests.Name)]
public class HelpAttachmentTests(LearnApplication app) : IClassFixture<LearnApplication>
{
    private sealed record Chat(Account Learner, Account Kader, HelpClient LearnerHub, HelpClient KaderHub, HttpClient LearnerHttp, HttpClient KaderHttp, long RequestId)
        : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await LearnerHub.DisposeAsync();
            await KaderHub.DisposeAsync();
            LearnerHttp.Dispose();
            KaderHttp.Dispose();
        }
    }

    private async Task<Chat> ChatAsync()
    {
        var village = await app.AddVillageAsync("Suara " + Guid.NewGuid().ToString("N")[..6]);
        var kader = await app.AddAccountAsync(Role.Kader, village.Id, "Kader Rina");
        var learner = await app.AddAccountAsync(Role.Learner, village.Id, "Mbah Karsih");
        var kaderHub = await HelpClient.ConnectAsync(app, kader.Phone);
        var learnerHub = await HelpClient.ConnectAsync(app, learner.Phone);
        var request = (await learnerHub.AskAsync("Tolong, saya kirim suara saja"))!.Value!;
        return new Chat(learner, kader, learnerHub, kaderHub, await SignedInAsync(learner), await SignedInAsync(kader), request.Id);
    }

    private async Task<HttpClient> SignedInAsync(Account account)
    {
        var client = app.CreateBrowserLikeClient();
        await client.SignInOkAsync(account.Phone);
        return client;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, long requestId, byte[] bytes, string? kind, string fileName, string contentType,
        string? clientId = null, string? text = null, string? tokenPage = null)
    {
        var token = await client.GetAntiforgeryTokenAsync(tokenPage ?? $"/bantuan/{requestId}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(clientId ?? HelpClient.NewId()), "clientId" },
        };
        if (kind is not null)
        {
            form.Add(new StringContent(kind), "kind");
        }

        if (text is not null)
        {
            form.Add(new StringContent(text), "text");
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "attachment", fileName);
        using var post = new HttpRequestMessage(HttpMethod.Post, $"/bantuan/{requestId}?handler=Send") { Content = form };
        post.Headers.Accept.ParseAdd("application/json");
        return await client.SendAsync(post);
    }

    private static async Task<HelpResult<HelpMessageView>> ResultOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<HelpResult<HelpMessageView>>())!;

    private string FolderOf(int learnerId) => Path.Combine(app.DataFolder, "help-files", learnerId.ToString(CultureInfo.InvariantCulture));

    private int FilesOf(int learnerId) => Directory.Exists(FolderOf(learnerId)) ? Directory.EnumerateFiles(FolderOf(learnerId)).Count() : 0;

    [StorageFact]
    public async Task AVoiceNoteIsStoredOnceDeliveredOnceAndServedWithRangesOnlyAsAudio()
    {
        await using var chat = await ChatAsync();
        var note = VoiceSamples.Webm(TimeSpan.FromSeconds(3));
        var clientId = HelpClient.NewId();

        var first = await UploadAsync(chat.LearnerHttp, chat.RequestId, note, "voice", "suara.webm", "audio/webm", clientId);
        var again = await UploadAsync(chat.LearnerHttp, chat.RequestId, note, "voice", "suara.webm", "audio/webm", clientId);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var stored = (await ResultOf(first)).Value!;
        Assert.Equal(stored.Id, (await ResultOf(again)).Value!.Id);
        Assert.Equal(HelpMessageKind.Voice, stored.Attachment!.Kind);
        Assert.Equal("audio/webm", stored.Attachment.ContentType);
        Assert.Equal(3000, stored.Attachment.DurationMs);
        Assert.Equal(1, await app.WithDbAsync(db => db.HelpMessages.CountAsync(m => m.RequestId == chat.RequestId && m.Kind == HelpMessageKind.Voice)));
        Assert.Equal(1, FilesOf(chat.Learner.Id));

        // Delivered live to the kader, once: a text sent after it arrives behind it with nothing in between.
        var received = await chat.KaderHub.NextMessageAsync(m => m.Id == stored.Id);
        Assert.Equal(3000, received.Attachment!.DurationMs);
        var after = (await chat.LearnerHub.SendAsync(chat.RequestId, "Sudah saya kirim"))!.Value!;
        await chat.KaderHub.NextMessageAsync(m => m.Id == after.Id);
        Assert.Single(chat.KaderHub.Messages, m => m.Attachment is not null);

        var file = await chat.KaderHttp.GetAsync(AttachmentEndpoint.For(stored.Id));
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("audio/webm", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", file.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(note, await file.Content.ReadAsByteArrayAsync());
        using var range = new HttpRequestMessage(HttpMethod.Get, AttachmentEndpoint.For(stored.Id));
        range.Headers.Range = new RangeHeaderValue(100, 199);
        var part = await chat.KaderHttp.SendAsync(range);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal(note[100..200], await part.Content.ReadAsByteArrayAsync());
    }

    [StorageFact]
    public async Task TheSameVoiceNoteSentFromFivePlacesAtOnceIsStoredOnceWithOneFile()
    {
        await using var chat = await ChatAsync();
        var note = VoiceSamples.Webm(TimeSpan.FromSeconds(5));
        var clientId = HelpClient.NewId();

        var sent = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => UploadAsync(chat.LearnerHttp, chat.RequestId, note, "voice", "a.webm", "audio/webm", clientId)));

        var ids = new HashSet<long>();
        foreach (var response in sent)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            ids.Add((await ResultOf(response)).Value!.Id);
        }

        Assert.Single(ids);
        Assert.Equal(1, await app.WithDbAsync(db => db.HelpMessages.CountAsync(m => m.SenderId == chat.Learner.Id && m.ClientId == clientId)));
        Assert.Equal(1, FilesOf(chat.Learner.Id));
        var after = (await chat.LearnerHub.SendAsync(chat.RequestId, "Terkirim?"))!.Value!;
        await chat.KaderHub.NextMessageAsync(m => m.Id == after.Id);
        Assert.Single(chat.KaderHub.Messages, m => m.Attachment is not null);
    }

    [StorageFact]
    public async Task AnOggVoiceNoteIsMeasuredFromItsGranulesAndServedAsOgg()
    {
        await using var chat = await ChatAsync();

        var sent = await UploadAsync(chat.LearnerHttp, chat.RequestId, VoiceSamples.Ogg(TimeSpan.FromSeconds(10)), "voice", "suara.ogg", "audio/ogg");

        var stored = (await ResultOf(sent)).Value!;
        Assert.Equal(("audio/ogg", 10_000), (stored.Attachment!.ContentType, stored.Attachment.DurationMs));
        var file = await chat.KaderHttp.GetAsync(AttachmentEndpoint.For(stored.Id));
        Assert.Equal("audio/ogg", file.Content.Headers.ContentType!.MediaType);
    }

    [StorageFact]
    public async Task APhotoIsShrunkReEncodedWithoutItsLocationAndCaughtUpWithItsThumbnailAfterReconnect()
    {
        await using var chat = await ChatAsync();
        var seen = (await chat.KaderHub.SendAsync(chat.RequestId, "Kirim foto layarnya, Mbah"))!.Value!;
        var cookie = chat.LearnerHub.Cookie;
        await chat.LearnerHub.Connection.StopAsync();
        var photo = TestImages.JpegWithGps();
        Assert.True(TestImages.HasGpsTag(photo));

        var sent = await UploadAsync(chat.KaderHttp, chat.RequestId, TestImages.Encode(SKEncodedImageFormat.Png, 2400, 1800), "photo", "layar.png", "image/png",
            text: "Seperti ini layarnya");
        var fromLearner = await UploadAsync(chat.LearnerHttp, chat.RequestId, photo, null, "masalah.jpg", "image/jpeg");

        var kaderPhoto = (await ResultOf(sent)).Value!;
        var learnerPhoto = (await ResultOf(fromLearner)).Value!;
        Assert.Equal(HelpMessageKind.Photo, learnerPhoto.Attachment!.Kind);
        await using var back = await HelpClient.ConnectWithCookieAsync(app, cookie);
        var missed = (await back.JoinAsync(chat.RequestId, seen.Id))!.Messages;
        Assert.Equal([kaderPhoto.Id, learnerPhoto.Id], missed.Select(m => m.Id));
        Assert.Equal("Seperti ini layarnya", missed[0].Text);
        Assert.Equal(HelpMessageKind.Photo, missed[0].Attachment!.Kind);

        var full = await (await chat.LearnerHttp.GetAsync(AttachmentEndpoint.For(kaderPhoto.Id))).Content.ReadAsByteArrayAsync();
        var small = await chat.LearnerHttp.GetAsync(AttachmentEndpoint.ThumbnailFor(kaderPhoto.Id));
        Assert.Equal("image/jpeg", small.Content.Headers.ContentType!.MediaType);
        var options = app.Services.GetRequiredService<IOptions<HelpOptions>>().Value;
        using (var bitmap = SKBitmap.Decode(full))
        {
            Assert.Equal((options.PhotoMaxSide, options.PhotoMaxSide * 3 / 4), (bitmap.Width, bitmap.Height));
        }

        using (var thumbnail = SKBitmap.Decode(await small.Content.ReadAsByteArrayAsync()))
        {
            Assert.Equal(options.ThumbnailMaxSide, thumbnail.Width);
        }

        var located = await (await chat.KaderHttp.GetAsync(AttachmentEndpoint.For(learnerPhoto.Id))).Content.ReadAsByteArrayAsync();
        Assert.False(TestImages.HasGpsTag(located));
        Assert.False(TestImages.HasExif(located));
        Assert.Equal(HttpStatusCode.NotFound, (await chat.KaderHttp.GetAsync(AttachmentEndpoint.ThumbnailFor(seen.Id))).StatusCode);
    }

    [StorageFact]
    public async Task AStrangerCanNeitherFetchNorSendAttachmentsOfSomeoneElsesConversation()
    {
        await using var chat = await ChatAsync();
        var stored = (await ResultOf(await UploadAsync(chat.LearnerHttp, chat.RequestId, VoiceSamples.Webm(TimeSpan.FromSeconds(2)), "voice", "a.webm", "audio/webm"))).Value!;
        var photo = (await ResultOf(await UploadAsync(chat.LearnerHttp, chat.RequestId, TestImages.Encode(SKEncodedImageFormat.Jpeg), "photo", "a.jpg", "image/jpeg"))).Value!;
        var elsewhere = await app.AddVillageAsync("Jauh " + Guid.NewGuid().ToString("N")[..6]);
        var strangerKader = await app.AddAccountAsync(Role.Kader, elsewhere.Id);
        var neighbour = await app.AddAccountAsync(Role.Learner, (await app.WithDbAsync(db => db.Accounts.SingleAsync(a => a.Id == chat.Learner.Id))).VillageId);

        foreach (var (stranger, home) in new[] { (strangerKader, "/bantuan/konsol"), (neighbour, "/bantuan") })
        {
            using var http = await SignedInAsync(stranger);
            await using var hub = await HelpClient.ConnectAsync(app, stranger.Phone);
            Assert.Null(await hub.JoinAsync(chat.RequestId));
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(AttachmentEndpoint.For(stored.Id))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(AttachmentEndpoint.For(photo.Id))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(AttachmentEndpoint.ThumbnailFor(photo.Id))).StatusCode);
            var sent = await UploadAsync(http, chat.RequestId, VoiceSamples.Webm(TimeSpan.FromSeconds(2)), "voice", "b.webm", "audio/webm", tokenPage: home);
            Assert.Equal(HttpStatusCode.NotFound, sent.StatusCode);
            Assert.Equal("help.not_found", (await ResultOf(sent)).ErrorCode);
            Assert.Empty(hub.Messages);
        }

        Assert.Equal(2, await app.WithDbAsync(db => db.HelpMessages.CountAsync(m => m.RequestId == chat.RequestId && m.Kind != HelpMessageKind.Text)));
        Assert.Equal(3, FilesOf(chat.Learner.Id));
        // Without a session there is nothing either.
        using var anonymous = app.CreateBrowserLikeClient();
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync(AttachmentEndpoint.For(stored.Id))).StatusCode);
    }

    [StorageFact]
    public async Task UploadsThatAreNotAudioNotAnImageTooLongTooBigOrOverThePixelBudgetAreRefusedWithAReason()
    {
        await using var chat = await ChatAsync();
        var options = app.Services.GetRequiredService<IOptions<HelpOptions>>().Value;
        var jpeg = TestImages.Encode(SKEncodedImageFormat.Jpeg);
        var cases = new (byte[] Bytes, string? Kind, string Type, string Code, HttpStatusCode Status, string Says)[]
        {
            (jpeg, "voice", "audio/webm", "help.voice_not_audio", HttpStatusCode.BadRequest, "bukan rekaman suara"),
            ("<html>bukan suara</html>"u8.ToArray(), "voice", "audio/ogg", "help.voice_not_audio", HttpStatusCode.BadRequest, "bukan rekaman suara"),
            (VoiceSamples.Webm(TimeSpan.FromSeconds(3), video: true), "voice", "audio/webm", "help.voice_not_audio", HttpStatusCode.BadRequest, "bukan rekaman suara"),
            (VoiceSamples.Webm(TimeSpan.FromSeconds(3)), "photo", "image/jpeg", "shop.photo_not_image", HttpStatusCode.BadRequest, "bukan foto"),
            ("%PDF-1.7 surat"u8.ToArray(), null, "application/pdf", "help.file_not_supported", HttpStatusCode.BadRequest, "bukan foto atau rekaman suara"),
            (VoiceSamples.Webm(TimeSpan.FromSeconds(options.MaxVoiceSeconds + 2), bytesPerPacket: 20), "voice", "audio/webm", "help.voice_too_long", HttpStatusCode.BadRequest, "terlalu panjang"),
            (VoiceSamples.Ogg(TimeSpan.FromSeconds(options.MaxVoiceSeconds + 2)), "voice", "audio/ogg", "help.voice_too_long", HttpStatusCode.BadRequest, "terlalu panjang"),
            (VoiceSamples.Webm(TimeSpan.FromSeconds(options.MaxVoiceSeconds - 5), bytesPerPacket: 200), "voice", "audio/webm", "help.voice_too_large", HttpStatusCode.RequestEntityTooLarge, "terlalu besar"),
            (TestImages.PngHeaderOnly(12_000, 12_000), "photo", "image/png", "shop.photo_too_many_pixels", HttpStatusCode.BadRequest, "megapiksel"),
        };

        foreach (var (bytes, kind, type, code, status, says) in cases)
        {
            var refused = await UploadAsync(chat.LearnerHttp, chat.RequestId, bytes, kind, "file", type);
            var result = await ResultOf(refused);
            Assert.Equal((code, status), (result.ErrorCode, refused.StatusCode));
            Assert.Contains(says, result.Error, StringComparison.Ordinal);
        }

        Assert.False(await app.WithDbAsync(db => db.HelpMessages.AnyAsync(m => m.RequestId == chat.RequestId && m.Kind != HelpMessageKind.Text)));
        Assert.Equal(0, FilesOf(chat.Learner.Id));
        Assert.DoesNotContain(chat.KaderHub.Messages, m => m.Attachment is not null);
    }

    [StorageFact]
    public async Task TheFirstQuestionCarriesAPhotoOrAVoiceNoteFromThePlainFormStoredOnceAndSeenOnlyByThoseWhoMay()
    {
        var village = await app.AddVillageAsync("Tanya foto " + Guid.NewGuid().ToString("N")[..6]);
        var kader = await app.AddAccountAsync(Role.Kader, village.Id, "Kader Rina");
        var learner = await app.AddAccountAsync(Role.Learner, village.Id, "Mbah Karsih");
        var elsewhere = await app.AddVillageAsync("Jauh " + Guid.NewGuid().ToString("N")[..6]);
        var stranger = await app.AddAccountAsync(Role.Kader, elsewhere.Id);
        using var learnerHttp = await SignedInAsync(learner);
        var form = await learnerHttp.GetStringAsync("/bantuan/minta?pelajaran=kenali");
        Assert.Contains("enctype=\"multipart/form-data\"", form, StringComparison.Ordinal);
        Assert.Contains("name=\"attachment\"", form, StringComparison.Ordinal);

        var clientId = HelpClient.NewId();
        var asked = await AskAsync(learnerHttp, TestImages.JpegWithGps(), "layar.jpg", "image/jpeg", clientId, "Layar saya begini, Bu");
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var again = await AskAsync(learnerHttp, TestImages.JpegWithGps(), "layar.jpg", "image/jpeg", clientId, "Layar saya begini, Bu");
        Assert.Equal(asked.Headers.Location, again.Headers.Location);

        var first = await app.WithDbAsync(db => db.HelpMessages.SingleAsync(m => m.SenderId == learner.Id));
        Assert.Equal((HelpMessageKind.Photo, "Layar saya begini, Bu"), (first.Kind, first.Text));
        Assert.Equal("kenali", await app.WithDbAsync(db => db.HelpRequests.Where(r => r.Id == first.RequestId).Select(r => r.LessonId).SingleAsync()));
        Assert.Equal(2, FilesOf(learner.Id));
        using var kaderHttp = await SignedInAsync(kader);
        Assert.Contains(AttachmentEndpoint.ThumbnailFor(first.Id), await kaderHttp.GetStringAsync($"/bantuan/{first.RequestId}"), StringComparison.Ordinal);
        var photo = await kaderHttp.GetAsync(AttachmentEndpoint.For(first.Id));
        Assert.Equal("image/jpeg", photo.Content.Headers.ContentType!.MediaType);
        Assert.False(TestImages.HasGpsTag(await photo.Content.ReadAsByteArrayAsync()));
        using var strangerHttp = await SignedInAsync(stranger);
        Assert.Equal(HttpStatusCode.NotFound, (await strangerHttp.GetAsync(AttachmentEndpoint.For(first.Id))).StatusCode);

        // A voice note alone is a question too (the recorder on the page puts it into the same file input).
        var spoken = await AskAsync(learnerHttp, VoiceSamples.Ogg(TimeSpan.FromSeconds(4)), "pesan-suara.ogg", "audio/ogg", HelpClient.NewId(), null, "voice");
        Assert.Equal(HttpStatusCode.Redirect, spoken.StatusCode);
        var voice = await app.WithDbAsync(db => db.HelpMessages.SingleAsync(m => m.SenderId == learner.Id && m.Kind == HelpMessageKind.Voice));
        Assert.InRange(voice.DurationMs!.Value, 3500, 4500);
        Assert.Equal(3, FilesOf(learner.Id));

        // A file that is neither is refused on the form with the reason; no question is stored and no file is left.
        var refused = await AskAsync(learnerHttp, "%PDF-1.7 surat"u8.ToArray(), "surat.pdf", "application/pdf", HelpClient.NewId(), "Ini suratnya");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("bukan foto atau rekaman suara", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync(db => db.HelpRequests.CountAsync(r => r.LearnerId == learner.Id)));
        Assert.Equal(3, FilesOf(learner.Id));
    }

    private static async Task<HttpResponseMessage> AskAsync(HttpClient client, byte[] bytes, string fileName, string contentType, string clientId, string? text,
        string? kind = null)
    {
        var token = await client.GetAntiforgeryTokenAsync("/bantuan/minta?pelajaran=kenali");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(clientId), "ClientId" },
            { new StringContent("kenali"), "pelajaran" },
            { new StringContent(text ?? string.Empty), "Text" },
        };
        if (kind is not null)
        {
            form.Add(new StringContent(kind), "kind");
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "attachment", fileName);
        return await client.PostAsync("/bantuan/minta?pelajaran=kenali", form);
    }

    [StorageFact]
    public async Task HelpFilesNoMessagePointsToAreRemovedByTheSecondSweepWhileStoredOnesStay()
    {
        await using var chat = await ChatAsync();
        var photo = (await ResultOf(await UploadAsync(chat.LearnerHttp, chat.RequestId, TestImages.Encode(SKEncodedImageFormat.Jpeg), "photo", "a.jpg", "image/jpeg"))).Value!;
        var voice = (await ResultOf(await UploadAsync(chat.LearnerHttp, chat.RequestId, VoiceSamples.Webm(TimeSpan.FromSeconds(2)), "voice", "a.webm", "audio/webm"))).Value!;
        Assert.Equal(3, FilesOf(chat.Learner.Id));
        // Left behind: an upload whose message was never stored, and the folder of a learner erased without their files.
        var lost = Path.Combine(FolderOf(chat.Learner.Id), Guid.NewGuid().ToString("N") + ".webm");
        var gone = Path.Combine(app.DataFolder, "help-files", "987654321");
        Directory.CreateDirectory(gone);
        await File.WriteAllBytesAsync(lost, VoiceSamples.Webm(TimeSpan.FromSeconds(1)));
        await File.WriteAllBytesAsync(Path.Combine(gone, "foto.jpg"), TestImages.Encode(SKEncodedImageFormat.Jpeg));
        await File.WriteAllBytesAsync(Path.Combine(gone, "foto.small.jpg"), TestImages.Encode(SKEncodedImageFormat.Jpeg));
        var sweep = app.Services.GetRequiredService<HelpFileSweepService>();

        // The first pass only notes them: a file is written before its message, which may be on its way.
        await sweep.RunOnceAsync();
        Assert.True(File.Exists(lost));
        Assert.Equal(2, Directory.EnumerateFiles(gone).Count());

        Assert.True(await sweep.RunOnceAsync() >= 3);
        Assert.False(File.Exists(lost));
        Assert.Empty(Directory.EnumerateFiles(gone));
        Assert.Equal(3, FilesOf(chat.Learner.Id));
        Assert.Equal(HttpStatusCode.OK, (await chat.KaderHttp.GetAsync(AttachmentEndpoint.For(photo.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await chat.KaderHttp.GetAsync(AttachmentEndpoint.ThumbnailFor(photo.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await chat.KaderHttp.GetAsync(AttachmentEndpoint.For(voice.Id))).StatusCode);
    }

    [StorageFact]
    public async Task WithoutJavaScriptAFileChosenInTheConversationFormIsSentAndShownAfterTheRedirect()
    {
        await using var chat = await ChatAsync();
        var token = await chat.LearnerHttp.GetAntiforgeryTokenAsync($"/bantuan/{chat.RequestId}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(HelpClient.NewId()), "clientId" },
            { new StringContent(string.Empty), "text" },
            { new ByteArrayContent(VoiceSamples.Ogg(TimeSpan.FromSeconds(7))), "attachment", "rekaman.ogg" },
        };

        var posted = await chat.LearnerHttp.PostAsync($"/bantuan/{chat.RequestId}?handler=Send", form);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var page = await chat.LearnerHttp.GetStringAsync($"/bantuan/{chat.RequestId}");
        var id = await app.WithDbAsync(db => db.HelpMessages.Where(m => m.RequestId == chat.RequestId && m.Kind == HelpMessageKind.Voice).Select(m => m.Id).SingleAsync());
        Assert.Contains($"<audio controls preload=\"metadata\" src=\"{AttachmentEndpoint.For(id)}\"", page, StringComparison.Ordinal);
        Assert.Contains("Pesan suara, 0:07", page, StringComparison.Ordinal);
        Assert.Contains("name=\"attachment\"", page, StringComparison.Ordinal);
        Assert.Contains("enctype=\"multipart/form-data\"", page, StringComparison.Ordinal);

        // A wrong file comes back on the page with the reason, not as a broken upload.
        var tokenAgain = await chat.LearnerHttp.GetAntiforgeryTokenAsync($"/bantuan/{chat.RequestId}");
        using var wrong = new MultipartFormDataContent
        {
            { new StringContent(tokenAgain), "__RequestVerificationToken" },
            { new StringContent(HelpClient.NewId()), "clientId" },
            { new ByteArrayContent("bukan file"u8.ToArray()), "attachment", "catatan.txt" },
        };
        var refused = await chat.LearnerHttp.PostAsync($"/bantuan/{chat.RequestId}?handler=Send", wrong);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("bukan foto atau rekaman suara", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [StorageFact]
    public async Task TheKaderConsoleShowsAVoiceNoteOrPhotoIsWaitingAndTheMetricsCountThem()
    {
        await using var chat = await ChatAsync();
        await UploadAsync(chat.LearnerHttp, chat.RequestId, VoiceSamples.Webm(TimeSpan.FromSeconds(4)), "voice", "a.webm", "audio/webm");

        var console = await chat.KaderHttp.GetStringAsync("/bantuan/konsol");
        Assert.Contains("badge kind-voice\">Pesan suara<", console, StringComparison.Ordinal);

        await UploadAsync(chat.KaderHttp, chat.RequestId, TestImages.Encode(SKEncodedImageFormat.Jpeg), "photo", "a.jpg", "image/jpeg");
        var facilitator = await app.AddAccountAsync(Role.Facilitator, (await app.WithDbAsync(db => db.Accounts.SingleAsync(a => a.Id == chat.Learner.Id))).VillageId);
        using var scope = app.Services.CreateScope();
        var report = await scope.ServiceProvider.GetRequiredService<HelpService>().MetricsAsync(new Actor(facilitator.Id, Role.Facilitator));
        var village = Assert.Single(report.Villages);
        Assert.Equal((1, 1), (village.VoiceNotes, village.Photos));
        var kader = Assert.Single(report.Helpers, h => h.Id == chat.Kader.Id);
        Assert.Equal((0, 1), (kader.VoiceNotes, kader.Photos));
    }
}
