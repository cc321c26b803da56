using Learn.Core.Accounts;
using Learn.Core.Errors;
using Learn.Core.Shop;
using Microsoft.Extensions.Options;

namespace Learn.Core.Help;

/// <summary>
/// Voice notes and photos in live help. The conversation is checked first (a stranger learns nothing and
/// nothing is read), a resend of a stored client id returns the stored message without a second file, the
/// upload is checked by its bytes (<see cref="VoiceNote"/>; photos through the shop's <see cref="ProductPhoto"/>
/// pipeline: pixel budget before decoding, shrunk, re-encoded so EXIF and GPS are left behind), written to
/// the file store, and only then stored as a message by <see cref="HelpService"/>, which tells the other side.
/// </summary>
public sealed class HelpAttachments(HelpService help, HelpFiles files, IOptions<HelpOptions> options)
{
    private readonly HelpOptions _options = options.Value;

    public async Task<HelpMessageView> SendAsync(Actor actor, long requestId, string? clientId, string? text, HelpUpload upload, CancellationToken ct = default)
    {
        var learnerId = await help.LearnerOfAsync(actor, requestId, ct);
        if (await help.SentAsync(actor, clientId, ct) is { } sent)
        {
            return sent.RequestId == requestId
                ? sent
                : throw new LearnDomainException("help.client_id_invalid", "This message id was already used for another conversation.");
        }

        var file = await StoreAsync(learnerId, upload, ct);
        HelpMessageView view;
        try
        {
            view = await help.PostFileAsync(actor, requestId, clientId, text, file, ct);
        }
        catch (LearnDomainException)
        {
            // Refused (closed, too fast, caption too long): the file must not stay behind without its message.
            await files.DeleteAsync(file.Key, CancellationToken.None);
            throw;
        }

        await DropIfStoredTwiceAsync(actor, view.Id, file, ct);
        return view;
    }

    /// <summary>
    /// A learner's first question with a voice note or photo: checked and stored like any attachment, in the learner's
    /// own folder, then asked through <see cref="HelpService"/> with the file on the first message.
    /// </summary>
    public async Task<HelpRequestView> AskAsync(Actor actor, HelpContext context, string? clientId, string? text, HelpUpload upload, CancellationToken ct = default)
    {
        if (await help.SentAsync(actor, clientId, ct) is not null)
        {
            // Pressed twice: the question is already there, with its file.
            return await help.AskAsync(actor, context, clientId, text, ct);
        }

        var file = await StoreAsync(actor.Id, upload, ct);
        HelpRequestView request;
        try
        {
            request = await help.AskWithFileAsync(actor, context, clientId, text, file, ct);
        }
        catch (LearnDomainException)
        {
            await files.DeleteAsync(file.Key, CancellationToken.None);
            throw;
        }

        if (await help.SentAsync(actor, clientId, ct) is { } first)
        {
            await DropIfStoredTwiceAsync(actor, first.Id, file, ct);
        }

        return request;
    }

    /// <summary>The same upload sent twice at once: the other one was stored first, this file is not needed.</summary>
    private async Task DropIfStoredTwiceAsync(Actor actor, long messageId, HelpStoredFile file, CancellationToken ct)
    {
        if (await help.AttachmentAsync(actor, messageId, ct) is { } stored && stored.File.Key != file.Key)
        {
            await files.DeleteAsync(file.Key, CancellationToken.None);
        }
    }

    /// <summary>Checks the upload by its bytes and writes it (a photo with its small copy) to the learner's folder.</summary>
    private async Task<HelpStoredFile> StoreAsync(int learnerId, HelpUpload upload, CancellationToken ct)
    {
        var limit = upload.Kind == HelpMessageKind.Voice ? _options.MaxVoiceBytes : ProductPhoto.MaxUploadBytes;
        var bytes = await ReadAsync(upload, limit, upload.Kind, ct);
        var kind = upload.Kind ?? (VoiceNote.LooksLikeAudio(bytes) ? HelpMessageKind.Voice
            : ProductPhoto.LooksLikeImage(bytes) ? HelpMessageKind.Photo
            : throw new LearnDomainException("help.file_not_supported", "Send a voice recording (WebM or Ogg) or a photo (JPEG, PNG or WebP)."));

        if (kind == HelpMessageKind.Voice)
        {
            var audio = VoiceNote.Check(bytes, _options.MaxVoiceBytes, TimeSpan.FromSeconds(_options.MaxVoiceSeconds));
            var voice = new HelpStoredFile(kind, HelpFiles.NewKey(learnerId, audio.ContentType), audio.ContentType, bytes.Length, (int)audio.Duration!.Value.TotalMilliseconds);
            await files.WriteAsync(voice.Key, bytes, ct);
            return voice;
        }

        var photo = ProductPhoto.Process(new MemoryStream(bytes, writable: false), bytes.Length, _options.PhotoMaxSide);
        var thumbnail = ProductPhoto.Process(new MemoryStream(photo, writable: false), photo.Length, _options.ThumbnailMaxSide);
        var file = new HelpStoredFile(HelpMessageKind.Photo, HelpFiles.NewKey(learnerId, "image/jpeg"), "image/jpeg", photo.Length, null);
        await files.WriteAsync(HelpFiles.ThumbnailOf(file.Key), thumbnail, ct);
        await files.WriteAsync(file.Key, photo, ct);
        return file;
    }

    private static async Task<byte[]> ReadAsync(HelpUpload upload, long limit, HelpMessageKind? kind, CancellationToken ct)
    {
        if (upload.Length > limit)
        {
            throw TooLarge(kind, limit);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await upload.Content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                throw TooLarge(kind, limit);
            }
        }

        return buffer.ToArray();
    }

    private static LearnDomainException TooLarge(HelpMessageKind? kind, long limit) =>
        kind == HelpMessageKind.Voice ? VoiceNote.TooLarge(limit)
        : new LearnDomainException(ErrorKind.TooLarge, "shop.photo_too_large", $"The file is larger than {limit / (1024 * 1024)} MB.");
}
