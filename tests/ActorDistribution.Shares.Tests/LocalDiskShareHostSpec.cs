using static ActorDistribution.Shares.Tests.ShareAssert;

namespace ActorDistribution.Shares.Tests;

public sealed class LocalDiskShareHostSpec : ShareHostSpec, IDisposable
{
    private readonly string _sandbox;
    private readonly string _root;

    public LocalDiskShareHostSpec()
        : this(Path.Combine(Path.GetTempPath(), "shares-spec-" + Guid.NewGuid().ToString("N")))
    {
    }

    private LocalDiskShareHostSpec(string sandbox)
        : base((clock, options) => new LocalDiskShareHost(Path.Combine(sandbox, "root"), clock, options))
    {
        _sandbox = sandbox;
        _root = Path.Combine(sandbox, "root");
    }

    private string OfficeDirectory => Path.Combine(_root, "NTSRV1", "OFFICE97");

    public void Dispose() => Directory.Delete(_sandbox, recursive: true);

    [Fact]
    public void Written_files_really_exist_on_disk_with_the_written_bytes()
    {
        Write("pkg/setup.exe", "payload");

        Assert.Equal(Bytes("payload"), File.ReadAllBytes(Path.Combine(OfficeDirectory, "pkg", "setup.exe")));
    }

    [Fact]
    public void Deleted_files_are_gone_from_disk()
    {
        Write("pkg/setup.exe", "payload");

        Ok(Host.DeleteDirectory(Office, "pkg"));

        Assert.False(Directory.Exists(Path.Combine(OfficeDirectory, "pkg")));
    }

    [Fact]
    public void A_directory_link_leading_out_of_the_share_is_refused()
    {
        var outside = Directory.CreateDirectory(Path.Combine(_sandbox, "outside")).FullName;
        File.WriteAllText(Path.Combine(outside, "secret.txt"), "secret");
        Directory.CreateSymbolicLink(Path.Combine(OfficeDirectory, "escape"), outside);

        var refused = Fails<InvalidPath, byte[]>(Host.ReadFile(Office, "ESCAPE/secret.txt"));
        Fails<InvalidPath>(Host.WriteFile(Office, "escape/planted.txt", Bytes("x")));
        Fails<InvalidPath, IReadOnlyList<DirectoryEntry>>(Host.ListDirectory(Office, "escape"));

        Assert.Contains("link", refused.Reason);
        Assert.False(File.Exists(Path.Combine(outside, "planted.txt")));
    }

    [Fact]
    public void A_file_link_leading_out_of_the_share_is_refused()
    {
        var outside = Directory.CreateDirectory(Path.Combine(_sandbox, "outside")).FullName;
        File.WriteAllText(Path.Combine(outside, "secret.txt"), "secret");
        File.CreateSymbolicLink(Path.Combine(OfficeDirectory, "passwd"), Path.Combine(outside, "secret.txt"));
        var session = Connect("alice");

        Fails<InvalidPath, byte[]>(Host.ReadFile(Office, "passwd"));
        Fails<InvalidPath, OpenHandle>(Host.OpenFile(session.Id, "passwd"));
        Fails<InvalidPath>(Host.WriteFile(Office, "passwd", Bytes("x")));

        Assert.Equal("secret", File.ReadAllText(Path.Combine(outside, "secret.txt")));
    }

    [Fact]
    public void A_new_host_finds_the_shares_already_on_disk()
    {
        Write("pkg/setup.exe", "payload");

        var restarted = new LocalDiskShareHost(_root, new ManualClock());

        Assert.Equal([Office], restarted.ListShares("ntsrv1"));
        Assert.Equal(Bytes("payload"), Ok(restarted.ReadFile(Office, "PKG/setup.exe")));
    }

    [Fact]
    public async Task Writing_from_a_stream_leaves_no_staged_copy_behind()
    {
        Ok(await Host.WriteFileAsync(Office, "pkg/big.cab", new MemoryStream(new byte[100_000])));

        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(_root, ".staging")));
    }
}
