#:sdk Microsoft.NET.Sdk.Web
// The baseline for the lesson-page throughput run: Kestrel's static file middleware serving one folder,
// with files named *.br.html / *.gz.html sent as they are with their Content-Encoding (already compressed).
// Usage: dotnet run StaticServer.cs -- <folder> <url>

using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseUrls(args[1]);
var app = builder.Build();
app.UseStaticFiles(new StaticFileOptions
{
    FileProvider = new PhysicalFileProvider(Path.GetFullPath(args[0])),
    ContentTypeProvider = new FileExtensionContentTypeProvider(),
    OnPrepareResponse = ctx =>
    {
        var name = ctx.File.Name;
        if (name.EndsWith(".br.html", StringComparison.Ordinal))
        {
            ctx.Context.Response.Headers.ContentEncoding = "br";
        }
        else if (name.EndsWith(".gz.html", StringComparison.Ordinal))
        {
            ctx.Context.Response.Headers.ContentEncoding = "gzip";
        }

        ctx.Context.Response.Headers.Vary = "Accept-Encoding";
    },
});
app.Run();
