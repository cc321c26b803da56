using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Learn.Content.Courses;

/// <summary>Reads course YAML strictly: an unknown field is a typo to report, not to ignore.</summary>
public static class YamlReader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <returns>The object, or an error with its 1-based line inside <paramref name="yaml"/>.</returns>
    public static (T? Value, int ErrorLine, string? Error) Read<T>(string yaml)
        where T : class
    {
        try
        {
            return (Deserializer.Deserialize<T>(yaml), 0, null);
        }
        catch (YamlException e)
        {
            var message = e.InnerException is { } inner && inner is not YamlException ? inner.Message : e.Message;
            // YamlDotNet prefixes messages with the position; the caller prints its own.
            var cut = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith("(Line", StringComparison.Ordinal) && cut > 0)
            {
                message = message[(cut + 3)..];
            }

            return (null, (int)Math.Max(1, e.Start.Line), message);
        }
    }
}
