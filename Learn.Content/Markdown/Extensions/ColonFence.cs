using Markdig.Helpers;
using Markdig.Parsers;

namespace Learn.Content.Markdown.Extensions;

/// <summary>
/// Our blocks all open with <c>:::name</c>. Several parsers share the ':' opening character, so
/// each one first checks that the line names its block and otherwise lets the next one try.
/// </summary>
internal static class ColonFence
{
    public static bool Names(BlockProcessor processor, string name)
    {
        if (processor.IsCodeIndent)
        {
            return false;
        }

        var line = processor.Line;
        var text = line.Text.AsSpan(line.Start, line.Length).TrimStart();
        var prefix = ":::" + name;
        if (!text.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = text[prefix.Length..];
        return rest.IsEmpty || rest[0].IsWhitespace();
    }

    /// <summary>Parses <c>key=value</c> pairs after the block name, e.g. <c>check=kader scenario=first-order</c>.</summary>
    public static IReadOnlyDictionary<string, string> Arguments(string? arguments)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in (arguments ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                result[part[..eq]] = part[(eq + 1)..];
            }
            else
            {
                result[part] = string.Empty;
            }
        }

        return result;
    }
}
