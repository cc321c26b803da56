using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace Learn.Tests.Web.Hosting;

/// <summary>
/// A Redis server of one test's own, on a port of its own, that the test can kill and start again on the
/// same port (the shared one of .ci/services must stay up for the other tests). Needs the redis-server
/// that .ci/services installs.
/// </summary>
public sealed class OwnRedis : IAsyncDisposable
{
    private readonly int _port;
    private Process? _server;

    private OwnRedis(int port) => _port = port;

    public string Address => $"127.0.0.1:{_port}";

    public static async Task<OwnRedis> StartAsync()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var redis = new OwnRedis(port);
        await redis.StartAgainAsync();
        return redis;
    }

    /// <summary>Starts the server (empty: no saved data) and returns once it answers.</summary>
    public async Task StartAgainAsync()
    {
        try
        {
            _server = Process.Start(new ProcessStartInfo("redis-server", $"--bind 127.0.0.1 --port {_port} --save \"\" --appendonly no")
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            })!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("This test starts a Redis of its own and needs redis-server on the PATH; .ci/services installs it (Debian: redis-server).", e);
        }

        _server.OutputDataReceived += (_, _) => { };
        _server.BeginOutputReadLine();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var client = await ConnectionMultiplexer.ConnectAsync($"{Address},connectTimeout=1000");
                await client.GetDatabase().PingAsync();
                return;
            }
            catch (RedisConnectionException) when (attempt < 50 && !_server.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>Kills the server, as a crash or a cut network would.</summary>
    public async Task StopAsync()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill();
            await _server.WaitForExitAsync();
        }

        _server?.Dispose();
        _server = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
