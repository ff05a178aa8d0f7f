using System.Net;
using System.Net.Http.Headers;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text;
using ActorDistribution.Shares;
using static ActorDistribution.Shares.Tests.ShareAssert;

namespace ActorDistribution.FileServer.Tests;

/// <summary>What the file-server process adds to the share-host rules: its security, its restarts, its failures seen by the client.</summary>
public sealed class FileServerSpec
{
    private const string Service = "SvcDist";
    private static readonly ShareAddress Office = new("NTSRV1", "OFFICE97");
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public async Task With_a_token_every_call_but_health_needs_it_and_is_refused_401_without()
    {
        await using var server = new FileServerFixture(_clock, Service, token: "s3cret");
        using var http = new HttpClient { BaseAddress = server.Url };

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/servers/NTSRV1/shares")).StatusCode);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "wrong");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsync("/api/servers/NTSRV1/shares/OFFICE97", null)).StatusCode);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret");
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/servers/NTSRV1/shares")).StatusCode);

        using var withoutToken = server.Client(token: "");
        var refused = Fails<Unavailable>(withoutToken.CreateShare(Office));
        Assert.Contains("401", refused.Reason);
        using var withToken = server.Client();
        Ok(withToken.CreateShare(Office));
    }

    [Fact]
    public void Off_loopback_the_file_server_does_not_start_without_a_token()
    {
        var settings = new FileServerSettings("0.0.0.0", 5999, "", Path.Combine(Path.GetTempPath(), "unused-" + Guid.NewGuid().ToString("N")), [], Service, 1024, false, TimeSpan.FromSeconds(1));

        var refused = Assert.Throws<InvalidOperationException>(() => FileServerApp.Build(settings));

        Assert.Contains("fileserver.token", refused.Message);
        Assert.True(FileServerSettings.IsLoopbackHost("127.0.0.1"));
        Assert.False(FileServerSettings.IsLoopbackHost("0.0.0.0"));
    }

    [Fact]
    public async Task Bound_to_a_non_loopback_address_a_call_without_the_token_is_refused_401()
    {
        var address = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        if (address is null) return;  // no such address here: the decision itself is checked above
        await using var server = new FileServerFixture(_clock, Service, token: "s3cret", host: address.ToString());
        using var http = new HttpClient { BaseAddress = server.Url };

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/servers/NTSRV1/shares")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);
    }

    [Theory]
    [InlineData("../secret.txt", "'..'")]
    [InlineData("pkg/../../secret.txt", "'..'")]
    [InlineData("/etc/passwd", "")]
    [InlineData("C:\\Windows\\win.ini", "")]
    public async Task Paths_leaving_the_share_root_are_refused_400_with_the_reason(string path, string reasonMentions)
    {
        await using var server = new FileServerFixture(_clock, Service);
        using var host = server.Client();
        Ok(host.CreateShare(Office));
        using var http = new HttpClient { BaseAddress = server.Url };

        var write = await http.PutAsync($"/api/servers/NTSRV1/shares/OFFICE97/file?path={Uri.EscapeDataString(path)}", new ByteArrayContent(Bytes("x")));
        var read = await http.GetAsync($"/api/servers/NTSRV1/shares/OFFICE97/file?path={Uri.EscapeDataString(path)}");

        Assert.Equal(HttpStatusCode.BadRequest, write.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, read.StatusCode);
        var body = await write.Content.ReadAsStringAsync();
        Assert.Contains("invalid path", body);
        Assert.Contains(reasonMentions, body.Replace("\\u0027", "'"));
        Assert.False(File.Exists(Path.Combine(server.Sandbox, "secret.txt")));
    }

    [Fact]
    public async Task A_link_out_of_the_share_root_is_refused_400()
    {
        await using var server = new FileServerFixture(_clock, Service);
        using var host = server.Client();
        Ok(host.CreateShare(Office));
        var outside = Directory.CreateDirectory(Path.Combine(server.Sandbox, "outside")).FullName;
        File.WriteAllText(Path.Combine(outside, "secret.txt"), "secret");
        Directory.CreateSymbolicLink(Path.Combine(server.Settings.Root, "NTSRV1", "OFFICE97", "escape"), outside);
        using var http = new HttpClient { BaseAddress = server.Url };

        var read = await http.GetAsync("/api/servers/NTSRV1/shares/OFFICE97/file?path=escape/secret.txt");
        var download = await http.GetAsync("/files/NTSRV1/OFFICE97/escape/secret.txt?user=alice");

        Assert.Equal(HttpStatusCode.BadRequest, read.StatusCode);
        Assert.Contains("link", await read.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, download.StatusCode);
    }

    [Fact]
    public async Task Sessions_held_handles_access_and_messages_survive_a_restart_of_the_file_server()
    {
        await using var server = new FileServerFixture(_clock, Service);
        using var host = server.Client();
        Ok(host.CreateShare(Office));
        Ok(host.WriteFile(Office, "pkg/setup.exe", Bytes("v1")));
        var session = Ok(host.Connect("alice", Office));
        var handle = Ok(host.OpenFile(session.Id, "pkg/setup.exe"));
        Ok(host.RevokeAccess(Office));
        host.SendMessage("alice", "close setup.exe within 5 minutes", key: "escalation-1/warning");

        await server.RestartAsync();

        var listing = Assert.Single(Ok(host.ListSessions(Office)));
        Assert.Equal(session, listing.Session);
        Assert.Equal([handle], listing.OpenFiles);
        Assert.Equal(["alice"], Fails<SharingViolation>(host.WriteFile(Office, "pkg/setup.exe", Bytes("v2"))).Users);
        Assert.Equal(AccessState.Revoked, Ok(host.GetAccessState(Office)));
        host.SendMessage("alice", "close setup.exe within 5 minutes", key: "escalation-1/warning");
        Assert.Single(host.Messages("alice"));
        var next = Ok(host.Connect(Service, Office));
        Assert.True(next.Id.Value > handle.Id.Value || next.Id.Value > session.Id.Value);
        Ok(host.CloseHandle(handle.Id));
        Ok(host.WriteFile(Office, "pkg/setup.exe", Bytes("v2")));
    }

    [Fact]
    public async Task Configured_to_close_handles_on_start_a_restart_drops_the_handles_but_keeps_the_sessions()
    {
        await using var server = new FileServerFixture(_clock, Service, closeHandlesOnStart: true);
        using var host = server.Client();
        Ok(host.CreateShare(Office));
        Ok(host.WriteFile(Office, "setup.exe", Bytes("v1")));
        var session = Ok(host.Connect("alice", Office));
        Ok(host.OpenFile(session.Id, "setup.exe"));

        await server.RestartAsync();

        Assert.Empty(Assert.Single(Ok(host.ListSessions(Office))).OpenFiles);
        Ok(host.WriteFile(Office, "setup.exe", Bytes("v2")));
    }

    [Fact]
    public async Task A_download_in_progress_holds_its_file_open_and_is_not_kept_across_a_restart()
    {
        await using var server = new FileServerFixture(_clock, Service);
        using var host = server.Client();
        Ok(host.CreateShare(Office));
        var content = new byte[24 * 1024 * 1024];  // more than loopback socket buffers take in at once
        Ok(await host.WriteFileAsync(Office, "setup.exe", new MemoryStream(content)));
        using var http = new HttpClient { BaseAddress = server.Url };

        using (var download = await http.GetAsync("/files/NTSRV1/OFFICE97/setup.exe?user=bob", HttpCompletionOption.ResponseHeadersRead))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(["bob"], Fails<SharingViolation>(host.DeleteFile(Office, "setup.exe")).Users);
            Ok(host.CreateDirectory(Office, "elsewhere"));  // a change is saved while the download runs
            using var body = await download.Content.ReadAsStreamAsync();
            await body.CopyToAsync(Stream.Null);
        }
        await server.RestartAsync();

        Assert.Empty(Ok(host.ListSessions(Office)));
        Ok(host.DeleteFile(Office, "setup.exe"));
    }

    [Fact]
    public async Task An_unreachable_file_server_is_a_failure_result_not_an_exception()
    {
        await using var server = new FileServerFixture(_clock, Service);
        using var host = server.Client(retries: 1);
        Ok(host.CreateShare(Office));
        await server.StopAsync();

        Fails<Unavailable, ShareSession>(host.Connect("alice", Office));
        Fails<Unavailable>(host.WriteFile(Office, "setup.exe", Bytes("v1")));
        Fails<Unavailable>(await host.WriteFileAsync(Office, "setup.exe", new MemoryStream(Bytes("v1"))));
        host.SendMessage("alice", "hello");
        Assert.Empty(host.Messages("alice"));
        Assert.Empty(host.ListShares("NTSRV1"));

        await server.RestartAsync();
        Ok(host.Connect("alice", Office));
    }

    [Fact]
    public async Task An_upload_over_the_size_limit_is_refused()
    {
        await using var server = new FileServerFixture(_clock, Service);
        using var host = server.Client();
        Ok(host.CreateShare(Office));

        var refused = await host.WriteFileAsync(Office, "huge.cab", new MemoryStream(new byte[33 * 1024 * 1024]));

        Assert.False(refused.IsSuccess);
        Fails<NotFound, byte[]>(host.ReadFile(Office, "huge.cab"));
        Ok(host.WriteFile(Office, "small.cab", Bytes("ok")));
    }
}
