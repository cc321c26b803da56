using Learn.Core.Errors;

namespace Learn.Core.Help;

/// <summary>
/// The rule for a voice note: real audio by its bytes (WebM/EBML <c>1A 45 DF A3</c> with doctype "webm" and
/// audio tracks only, or Ogg <c>OggS</c> with an Opus or Vorbis head), at most <c>MaxVoiceBytes</c>, and at most
/// <c>MaxVoiceSeconds</c> long as its own container says (the last block's time in WebM, the last granule in Ogg).
/// The client's own idea of the length is never trusted.
/// </summary>
public static class VoiceNote
{
    /// <summary>A recording stopped by the browser at the limit may run a few frames over it.</summary>
    public static readonly TimeSpan Slack = TimeSpan.FromMilliseconds(500);

    public static bool LooksLikeAudio(ReadOnlySpan<byte> bytes) => WebmAudio.HasMagic(bytes) || OggAudio.HasMagic(bytes);

    /// <summary>The type and length; a <see cref="LearnDomainException"/> with the reason otherwise.</summary>
    public static AudioInfo Check(ReadOnlySpan<byte> bytes, long maxBytes, TimeSpan maxDuration)
    {
        if (bytes.Length > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        var info = WebmAudio.HasMagic(bytes) ? WebmAudio.Read(bytes)
            : OggAudio.HasMagic(bytes) ? OggAudio.Read(bytes)
            : null;
        if (info?.Duration is not { } duration || duration <= TimeSpan.Zero)
        {
            throw new LearnDomainException("help.voice_not_audio", "The file is not a voice recording (WebM or Ogg audio).");
        }

        if (duration > maxDuration + Slack)
        {
            throw new LearnDomainException("help.voice_too_long", $"The voice note is longer than {maxDuration.TotalSeconds:0} seconds.");
        }

        return info;
    }

    internal static LearnDomainException TooLarge(long maxBytes) =>
        new(ErrorKind.TooLarge, "help.voice_too_large", $"The voice note is larger than {maxBytes / 1024} KB.");
}
