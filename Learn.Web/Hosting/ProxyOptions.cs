using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Learn.Web.Hosting;

/// <summary>
/// The reverse proxies (nginx, Caddy, a load balancer) whose X-Forwarded-For and X-Forwarded-Proto
/// headers are believed. Only these: a header from anyone else could fake a client address (and slip
/// past the sign-in limits) or the scheme. Empty means no proxy: the connection itself is the client.
/// </summary>
public sealed class ProxyOptions : IValidatableObject
{
    public const string Section = "Proxy";

    /// <summary>Addresses of trusted proxies, e.g. "10.0.0.5".</summary>
    public List<string> TrustedProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR form, e.g. "10.0.0.0/24".</summary>
    public List<string> TrustedNetworks { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in TrustedProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return new ValidationResult($"Proxy:TrustedProxies has '{proxy}', which is not an IP address.", [nameof(TrustedProxies)]);
        }

        foreach (var network in TrustedNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _)))
        {
            yield return new ValidationResult($"Proxy:TrustedNetworks has '{network}', which is not a network like 10.0.0.0/24.", [nameof(TrustedNetworks)]);
        }
    }
}
