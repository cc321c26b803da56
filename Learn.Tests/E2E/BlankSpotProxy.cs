using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Learn.Tests.E2E;

/// <summary>
/// A loopback proxy in front of the app that turns the network into a blank spot the phone does
/// not notice: navigator.onLine stays true while every connection is cut, or accepted and never
/// answered, or carried to the app with the answer lost on the way back. A proxy rather than Playwright's request routing, because routing does not see the
/// requests a service worker makes, and those decide what a learner sees.
/// </summary>
public sealed class BlankSpotProxy : IAsyncDisposable
{
    private enum Signal { Good, Cut, Hang, Swallow, Hold }

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Uri _target;
    private readonly ConcurrentDictionary<TcpClient, byte> _open = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private volatile Signal _signal = Signal.Good;

    public BlankSpotProxy(Uri target)
    {
        _target = target;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public string BaseUrl => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>Every connection is reset as soon as it opens, as when a weak tower drops it.</summary>
    public void Cut() => Switch(Signal.Cut);

    /// <summary>Connections open but nothing ever comes back.</summary>
    public void Hang() => Switch(Signal.Hang);

    /// <summary>Requests reach the app, which acts on them, but its answers never come back.</summary>
    public void Swallow() => Switch(Signal.Swallow);

    /// <summary>Connections open and wait, as on a crawling link, until <see cref="Release"/>.</summary>
    public void Hold() => Switch(Signal.Hold);

    /// <summary>What was held goes through at last, and the signal carries again.</summary>
    public void Release() => _signal = Signal.Good;

    /// <summary>The signal carries again.</summary>
    public void Restore() => Switch(Signal.Good);

    private void Switch(Signal signal)
    {
        _signal = signal;
        // Kept-alive connections would otherwise carry on as before.
        foreach (var connection in _open.Keys)
        {
            Reset(connection);
        }
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        _open[client] = 0;
        using var upstream = new TcpClient();
        try
        {
            switch (_signal)
            {
                case Signal.Cut:
                    Reset(client);
                    return;
                case Signal.Hang:
                    while (_signal == Signal.Hang && !_stop.IsCancellationRequested)
                    {
                        await Task.Delay(100);
                    }

                    return;
                case Signal.Hold:
                    while (_signal == Signal.Hold && !_stop.IsCancellationRequested)
                    {
                        await Task.Delay(100);
                    }

                    if (_signal != Signal.Good)
                    {
                        return;
                    }

                    goto default;
                default:
                    var swallow = _signal == Signal.Swallow;
                    await upstream.ConnectAsync(_target.Host, _target.Port);
                    _open[upstream] = 0;
                    await Task.WhenAny(
                        client.GetStream().CopyToAsync(upstream.GetStream()),
                        upstream.GetStream().CopyToAsync(swallow ? Stream.Null : client.GetStream()));
                    return;
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or InvalidOperationException)
        {
            // A connection cut by Switch (or closed by the browser) ends here; cutting them is this proxy's job.
        }
        finally
        {
            _open.TryRemove(client, out _);
            _open.TryRemove(upstream, out _);
            client.Dispose();
        }
    }

    private static void Reset(TcpClient connection)
    {
        try
        {
            // Linger 0 closes with a reset, which is how a dropped link looks to the browser.
            if (connection.Client is { } socket)
            {
                socket.LingerState = new LingerOption(true, 0);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Already closed by the other side.
        }

        connection.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        Switch(Signal.Good);
        _stop.Dispose();
    }
}
