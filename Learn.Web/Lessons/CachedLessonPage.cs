namespace Learn.Web.Lessons;

/// <summary>One rendered anonymous lesson page, kept as it is sent: plain, Brotli and gzip.</summary>
public sealed class CachedLessonPage(string contentType, string etag, byte[] identity, byte[] brotli, byte[] gzip)
{
    public string ContentType { get; } = contentType;

    public string ETag { get; } = etag;

    public byte[] Identity { get; } = identity;

    public byte[] Brotli { get; } = brotli;

    public byte[] Gzip { get; } = gzip;
}
