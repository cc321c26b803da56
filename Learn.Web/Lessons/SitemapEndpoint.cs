using System.Text;
using System.Xml.Linq;
using Learn.Content.Courses;

namespace Learn.Web.Lessons;

public static class SitemapEndpoint
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>Every lesson in both languages, with hreflang alternates so search engines pair them.</summary>
    public static IEndpointRouteBuilder MapSitemap(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sitemap.xml", (HttpContext http, CourseCatalog courses) =>
        {
            var origin = $"{http.Request.Scheme}://{http.Request.Host}";
            var urls = new List<XElement>();
            foreach (var lesson in courses.Current.AllLessons)
            {
                var id = $"{origin}/belajar/{lesson.Id}?culture=id";
                var en = $"{origin}/belajar/{lesson.Id}?culture=en";
                foreach (var loc in new[] { id, en })
                {
                    urls.Add(new XElement(Ns + "url",
                        new XElement(Ns + "loc", loc),
                        new XElement(Ns + "lastmod", courses.Current.LoadedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                        new XElement(Xhtml + "link", new XAttribute("rel", "alternate"), new XAttribute("hreflang", "id"), new XAttribute("href", id)),
                        new XElement(Xhtml + "link", new XAttribute("rel", "alternate"), new XAttribute("hreflang", "en"), new XAttribute("href", en))));
                }
            }

            var document = new XDocument(new XDeclaration("1.0", "utf-8", null),
                new XElement(Ns + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml), urls));
            return Results.Text(document.Declaration + "\n" + document.Root, "application/xml", Encoding.UTF8);
        }).ExcludeFromDescription();
        return app;
    }
}
