using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;

namespace NewsletterSite.Tests
{
    /// <summary>A static file server on the loopback address, as any server the site is copied to.</summary>
    internal sealed class StaticServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly string _root;

        public StaticServer(string root)
        {
            _root = Path.GetFullPath(root);
            int port = FreePort();
            Address = $"http://127.0.0.1:{port}/";
            _listener.Prefixes.Add(Address);
            _listener.Start();
            _ = Task.Run(ServeAsync);
        }

        /// <summary>The server's root address, ending with a slash.</summary>
        public string Address { get; }

        public void Dispose() => _listener.Close();

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception) when (!_listener.IsListening)
                {
                    return;
                }
                catch (HttpListenerException)
                {
                    return;
                }

                string relative = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/');
                string path = Path.GetFullPath(Path.Combine(_root, relative));
                if (Directory.Exists(path))
                {
                    path = Path.Combine(path, "index.html");
                }

                using HttpListenerResponse response = context.Response;
                if (!path.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(path))
                {
                    response.StatusCode = 404;
                    continue;
                }

                response.ContentType = Path.GetExtension(path) switch
                {
                    ".html" => "text/html; charset=utf-8",
                    ".css" => "text/css; charset=utf-8",
                    ".js" => "text/javascript; charset=utf-8",
                    _ => "application/octet-stream",
                };
                byte[] content = await File.ReadAllBytesAsync(path);
                await response.OutputStream.WriteAsync(content);
            }
        }

        private static int FreePort()
        {
            using var socket = new TcpListener(IPAddress.Loopback, 0);
            socket.Start();
            return ((IPEndPoint)socket.LocalEndpoint).Port;
        }
    }
}
