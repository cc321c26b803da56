using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Localization;

/// <summary>
/// UI strings from <c>Resources/strings.{culture}.json</c>. Indonesian is the default and the
/// fallback: a string missing in English shows in Indonesian rather than as a key.
/// </summary>
public sealed class JsonStringLocalizer(UiStrings strings) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var (value, found) = strings.Find(CultureInfo.CurrentUICulture, name);
            return new LocalizedString(name, value ?? name, resourceNotFound: !found);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        strings.All(CultureInfo.CurrentUICulture).Select(kv => new LocalizedString(kv.Key, kv.Value));
}
