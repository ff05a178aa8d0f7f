using System.Security.Cryptography;
using System.Text;
using static ActorDistribution.Shares.Tests.ShareAssert;

namespace ActorDistribution.Shares.Tests;

/// <summary>The rules every share host must follow (SPEC.md section 4); each storage runs them through a derived class.</summary>
public abstract class ShareHostSpec
{
    protected const string Service = "SvcDist";
    protected static readonly ShareAddress Office = new("NTSRV1", "OFFICE97");
    protected static readonly ShareAddress Cap = new("CAP_DAN", "CAP_CH2");

    protected ShareHostSpec(Func<TimeProvider, ShareHostOptions, IShareHost> createHost)
    {
        Host = createHost(Clock, new ShareHostOptions { ServiceAccount = Service });
        Ok(Host.CreateShare(Office));
        Ok(Host.CreateShare(Cap));
    }

    protected ManualClock Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));

    protected IShareHost Host { get; }

    protected static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    protected ShareSession Connect(string user, ShareAddress? share = null) => Ok(Host.Connect(user, share ?? Office));

    protected OpenHandle Open(string user, string path, ShareAddress? share = null) => Ok(Host.OpenFile(Connect(user, share).Id, path));

    protected void Write(string path, string text, ShareAddress? share = null) => Ok(Host.WriteFile(share ?? Office, path, Bytes(text)));

    protected string Read(string path, ShareAddress? share = null) => Encoding.UTF8.GetString(Ok(Host.ReadFile(share ?? Office, path)));

    // --- sharing: readers block writers ---

    [Fact]
    public void Replacing_a_file_another_session_holds_open_is_a_sharing_violation_naming_file_and_holder()
    {
        Write("setup.exe", "v1");
        var handle = Open("alice", "setup.exe");

        var violation = Fails<SharingViolation>(Host.WriteFile(Office, "setup.exe", Bytes("v2")));

        Assert.Equal("setup.exe", violation.Path);
        Assert.Equal(Office, violation.Share);
        Assert.Equal([handle], violation.Holders);
        Assert.Equal(["alice"], violation.Users);
        Assert.Equal("v1", Read("setup.exe"));
    }

    [Fact]
    public void Deleting_a_file_another_session_holds_open_is_a_sharing_violation()
    {
        Write("setup.exe", "v1");
        Open("alice", "setup.exe");

        Fails<SharingViolation>(Host.DeleteFile(Office, "setup.exe"));

        Assert.Equal("v1", Read("setup.exe"));
    }

    [Fact]
    public async Task Replacing_from_a_stream_a_file_held_open_is_a_sharing_violation()
    {
        Write("setup.exe", "v1");
        Open("alice", "setup.exe");

        var result = await Host.WriteFileAsync(Office, "setup.exe", new MemoryStream(Bytes("v2")));

        Fails<SharingViolation>(result);
        Assert.Equal("v1", Read("setup.exe"));
    }

    [Fact]
    public void A_sharing_violation_names_every_session_holding_the_file()
    {
        Write("setup.exe", "v1");
        var alice = Open("alice", "setup.exe");
        var bob = Open("bob", "setup.exe");

        var violation = Fails<SharingViolation>(Host.WriteFile(Office, "setup.exe", Bytes("v2")));

        Assert.Equal([alice, bob], violation.Holders);
        Assert.Contains("alice", violation.Message);
        Assert.Contains("bob", violation.Message);
    }

    [Fact]
    public void Writing_succeeds_once_the_holder_closes_its_handle()
    {
        Write("setup.exe", "v1");
        var handle = Open("alice", "setup.exe");
        Fails<SharingViolation>(Host.WriteFile(Office, "setup.exe", Bytes("v2")));

        Ok(Host.CloseHandle(handle.Id));

        Ok(Host.WriteFile(Office, "setup.exe", Bytes("v2")));
        Assert.Equal("v2", Read("setup.exe"));
    }

    [Fact]
    public void Deleting_succeeds_once_the_holder_disconnects()
    {
        Write("setup.exe", "v1");
        var handle = Open("alice", "setup.exe");

        Ok(Host.Disconnect(handle.Session));

        Ok(Host.DeleteFile(Office, "setup.exe"));
        Fails<NotFound, byte[]>(Host.ReadFile(Office, "setup.exe"));
    }

    [Fact]
    public void Readers_do_not_block_readers()
    {
        Write("setup.exe", "v1");
        Open("alice", "setup.exe");

        var second = Host.OpenFile(Connect("bob").Id, "setup.exe");

        Ok(second);
    }

    [Fact]
    public void A_handle_elsewhere_does_not_block_writing_a_file()
    {
        Write("setup.exe", "v1");
        Write("readme.txt", "r1");
        Open("alice", "readme.txt");

        Ok(Host.WriteFile(Office, "setup.exe", Bytes("v2")));
    }

    [Fact]
    public void Opening_a_missing_file_is_not_found()
    {
        var session = Connect("alice");

        Fails<NotFound, OpenHandle>(Host.OpenFile(session.Id, "nothing.txt"));
    }

    [Fact]
    public async Task A_file_being_written_from_a_stream_cannot_be_opened_until_the_write_ends()
    {
        Write("offer.ins", "old");
        var session = Connect("alice");
        var content = new GatedStream(Bytes("new"));

        var writing = Host.WriteFileAsync(Office, "offer.ins", content);
        var duringWrite = Host.OpenFile(session.Id, "offer.ins");
        content.Open();
        Ok(await writing);

        var violation = Fails<SharingViolation, OpenHandle>(duringWrite);
        Assert.Equal([Service], violation.Users);
        Ok(Host.OpenFile(session.Id, "offer.ins"));
        Assert.Equal("new", Read("offer.ins"));
    }

    [Fact]
    public void Reading_through_a_handle_gives_the_file_contents()
    {
        Write("pkg/setup.exe", "payload");
        var handle = Open("alice", "pkg/setup.exe");

        using var stream = Ok(Host.ReadHandle(handle.Id));
        using var reader = new StreamReader(stream);

        Assert.Equal("payload", reader.ReadToEnd());
    }

    // --- access ---

    [Fact]
    public void A_revoked_share_refuses_new_sessions_with_access_denied()
    {
        Ok(Host.RevokeAccess(Office));

        var denied = Fails<AccessDenied, ShareSession>(Host.Connect("alice", Office));

        Assert.Equal("alice", denied.User);
        Assert.Equal(AccessState.Revoked, Ok(Host.GetAccessState(Office)));
    }

    [Fact]
    public void A_revoked_share_still_admits_the_service_account()
    {
        Ok(Host.RevokeAccess(Office));

        Ok(Host.Connect(Service.ToUpperInvariant(), Office));
    }

    [Fact]
    public void Sessions_connected_before_a_revoke_keep_their_access()
    {
        Write("setup.exe", "v1");
        var session = Connect("alice");

        Ok(Host.RevokeAccess(Office));

        Ok(Host.OpenFile(session.Id, "setup.exe"));
    }

    [Fact]
    public void Restoring_access_admits_everyone_again()
    {
        Ok(Host.RevokeAccess(Office));

        Ok(Host.RestoreAccess(Office));

        Ok(Host.Connect("alice", Office));
        Assert.Equal(AccessState.Open, Ok(Host.GetAccessState(Office)));
    }

    [Fact]
    public void Revoking_one_share_leaves_other_shares_open()
    {
        Ok(Host.RevokeAccess(Office));

        Ok(Host.Connect("alice", Cap));
    }

    // --- force-close ---

    [Fact]
    public void Force_close_ends_the_sessions_holding_files_under_the_subtree_and_closes_their_handles()
    {
        Write("clicomp.box/swdist/inboxlck.tok", "", Cap);
        var alice = Open("alice", "clicomp.box/swdist/inboxlck.tok", Cap);

        var report = Ok(Host.ForceClose(Cap, "clicomp.box/swdist", "closing swdist"));

        Assert.Equal([alice.Session], report.EndedSessions.Select(s => s.Id));
        Assert.Equal([alice], report.ClosedHandles);
        Assert.Empty(Ok(Host.ListSessions(Cap)));
        Fails<NotFound>(Host.CloseHandle(alice.Id));
        Ok(Host.DeleteFile(Cap, "clicomp.box/swdist/inboxlck.tok"));
    }

    [Fact]
    public void Force_close_leaves_sessions_with_files_only_elsewhere_untouched()
    {
        Write("clicomp.box/swdist/inboxlck.tok", "", Cap);
        Write("offerinf.box/ch200001.ins", "offer", Cap);
        Open("alice", "clicomp.box/swdist/inboxlck.tok", Cap);
        var bob = Open("bob", "offerinf.box/ch200001.ins", Cap);
        var idle = Connect("carol", Cap);

        Ok(Host.ForceClose(Cap, "clicomp.box/swdist", "closing swdist"));

        var remaining = Ok(Host.ListSessions(Cap));
        Assert.Equal([bob.Session, idle.Id], remaining.Select(l => l.Session.Id));
        Assert.Equal([bob], remaining[0].OpenFiles);
    }

    [Fact]
    public void Force_close_messages_exactly_the_affected_users()
    {
        Write("pkg/a.exe", "a");
        Write("pkg/b.exe", "b");
        Write("other.txt", "o");
        Open("alice", "pkg/a.exe");
        Open("alice", "pkg/b.exe");
        Open("bob", "pkg/b.exe");
        Open("carol", "other.txt");
        Clock.Advance(TimeSpan.FromMinutes(5));

        var report = Ok(Host.ForceClose(Office, "pkg", "access to OFFICE97 is closed"));

        Assert.Equal(["alice", "bob"], report.AffectedUsers);
        var expected = new ShareMessage(Clock.Now, Service, "access to OFFICE97 is closed");
        Assert.Equal([expected], Host.Messages("alice"));
        Assert.Equal([expected], Host.Messages("bob"));
        Assert.Empty(Host.Messages("carol"));
    }

    [Fact]
    public void Force_close_of_the_share_root_covers_every_open_file()
    {
        Write("pkg/deep/a.exe", "a");
        Write("b.exe", "b");
        Open("alice", "pkg/deep/a.exe");
        Open("bob", "b.exe");

        var report = Ok(Host.ForceClose(Office, "", "closing"));

        Assert.Equal(["alice", "bob"], report.AffectedUsers);
        Assert.Empty(Ok(Host.FindOpenFiles(Office, "")));
    }

    // --- messages ---

    [Fact]
    public void A_keyed_message_sent_again_is_delivered_once()
    {
        Host.SendMessage("alice", "close setup.exe within 5 minutes", key: "NTSRV1/OFFICE97/escalation-1/warning");
        Host.SendMessage("ALICE", "close setup.exe within 5 minutes", key: "NTSRV1/OFFICE97/escalation-1/warning");
        Host.SendMessage("bob", "close setup.exe within 5 minutes", key: "NTSRV1/OFFICE97/escalation-1/warning");
        Host.SendMessage("alice", "close setup.exe within 5 minutes", key: "NTSRV1/OFFICE97/escalation-2/warning");

        Assert.Equal(2, Host.Messages("alice").Count);
        Assert.Single(Host.Messages("bob"));
    }

    [Fact]
    public void Messages_are_listed_oldest_first_with_the_clock_time_and_sender()
    {
        var first = Clock.Now;
        Host.SendMessage("alice", "warning: close setup.exe within 5 minutes");
        Clock.Advance(TimeSpan.FromMinutes(5));

        Host.SendMessage("ALICE", "OFFICE97 is available again");

        Assert.Equal(
            [
                new ShareMessage(first, Service, "warning: close setup.exe within 5 minutes"),
                new ShareMessage(Clock.Now, Service, "OFFICE97 is available again"),
            ],
            Host.Messages("Alice"));
    }

    [Fact]
    public void A_user_without_messages_has_an_empty_list()
        => Assert.Empty(Host.Messages("nobody"));

    // --- names ---

    [Fact]
    public void File_names_are_matched_case_insensitively()
    {
        Write("clicomp.box/swdist/INBOXLCK.TOK", "", Cap);

        var handle = Open("client", "CLICOMP.BOX/SwDist/inboxlck.tok", Cap);

        Assert.Equal("clicomp.box/swdist/INBOXLCK.TOK", handle.Path);
        Fails<SharingViolation>(Host.DeleteFile(Cap, "clicomp.box/swdist/inboxlck.tok"));
    }

    [Fact]
    public void Replacing_a_file_keeps_the_spelling_it_was_created_with()
    {
        Write("Setup.EXE", "v1");

        Write("setup.exe", "v2");

        Assert.Equal([new DirectoryEntry("Setup.EXE", IsDirectory: false)], Ok(Host.ListDirectory(Office, "")));
        Assert.Equal("v2", Read("SETUP.exe"));
    }

    [Fact]
    public void Share_addresses_are_matched_case_insensitively()
    {
        Ok(Host.Connect("alice", new ShareAddress("ntsrv1", "office97")));

        Assert.Equal([Office], Host.ListShares("ntSrv1"));
    }

    // --- paths ---

    [Theory]
    [InlineData("..")]
    [InlineData("../secret.txt")]
    [InlineData("pkg/../../secret.txt")]
    [InlineData("pkg\\..\\x")]
    [InlineData("/etc/passwd")]
    [InlineData("\\abs")]
    [InlineData("\\\\server\\share\\x")]
    [InlineData("C:\\x")]
    [InlineData("c:x")]
    [InlineData("")]
    [InlineData("./")]
    [InlineData("a:b")]
    [InlineData("what?.txt")]
    public void Paths_that_cannot_stay_under_the_share_root_are_refused(string path)
    {
        var session = Connect("alice");

        var written = Fails<InvalidPath>(Host.WriteFile(Office, path, Bytes("x")));
        Fails<InvalidPath, byte[]>(Host.ReadFile(Office, path));
        Fails<InvalidPath, OpenHandle>(Host.OpenFile(session.Id, path));
        Fails<InvalidPath>(Host.DeleteFile(Office, path));

        Assert.False(string.IsNullOrWhiteSpace(written.Reason));
    }

    [Theory]
    [InlineData("..")]
    [InlineData("/pkg")]
    [InlineData("C:\\pkg")]
    public void Directory_paths_leaving_the_share_are_refused(string path)
    {
        Fails<InvalidPath, IReadOnlyList<DirectoryEntry>>(Host.ListDirectory(Office, path));
        Fails<InvalidPath>(Host.CreateDirectory(Office, path));
        Fails<InvalidPath>(Host.DeleteDirectory(Office, path));
        Fails<InvalidPath, ForceCloseReport>(Host.ForceClose(Office, path, "x"));
        Fails<InvalidPath, IReadOnlyList<OpenHandle>>(Host.FindOpenFiles(Office, path));
    }

    [Fact]
    public void Backslashes_and_dot_segments_are_canonicalised()
    {
        Write("clicomp.box\\swdist\\.\\setup.exe", "payload", Cap);

        Assert.Equal("payload", Read("clicomp.box/swdist/setup.exe", Cap));
        Assert.Equal("clicomp.box/swdist/setup.exe", Open("alice", "./clicomp.box//swdist/setup.exe", Cap).Path);
    }

    // --- files and directories ---

    [Fact]
    public void Writing_creates_the_missing_directories()
    {
        Write("a/b/c.txt", "c");

        Assert.Equal([new DirectoryEntry("a", IsDirectory: true)], Ok(Host.ListDirectory(Office, "")));
        Assert.Equal([new DirectoryEntry("c.txt", IsDirectory: false)], Ok(Host.ListDirectory(Office, "a/b")));
    }

    [Fact]
    public void Writing_under_a_file_or_over_a_directory_is_a_path_conflict()
    {
        Write("a.txt", "a");
        Ok(Host.CreateDirectory(Office, "dir"));

        Fails<PathConflict>(Host.WriteFile(Office, "a.txt/b.txt", Bytes("b")));
        Fails<PathConflict>(Host.WriteFile(Office, "DIR", Bytes("b")));
        Fails<PathConflict>(Host.CreateDirectory(Office, "a.txt"));
    }

    [Fact]
    public void Listing_a_directory_shows_names_without_opening_anything()
    {
        Write("clicomp.box/swdist/inboxlck.tok", "", Cap);
        Write("clicomp.box/swdist/swdist.cfg", "cfg", Cap);
        Ok(Host.CreateDirectory(Cap, "clicomp.box/swdist/sub"));

        var entries = Ok(Host.ListDirectory(Cap, "clicomp.box/swdist"));

        Assert.Equal(
            [new DirectoryEntry("inboxlck.tok", false), new DirectoryEntry("sub", true), new DirectoryEntry("swdist.cfg", false)],
            entries);
        Assert.Empty(Ok(Host.FindOpenFiles(Cap, "")));
    }

    [Fact]
    public void Deleting_a_directory_removes_the_whole_tree()
    {
        Write("pkg/a.exe", "a");
        Write("pkg/sub/b.exe", "b");

        Ok(Host.DeleteDirectory(Office, "PKG"));

        Assert.Empty(Ok(Host.ListDirectory(Office, "")));
    }

    [Fact]
    public void Deleting_a_directory_stops_at_the_first_locked_file()
    {
        Write("pkg/a.exe", "a");
        Write("pkg/b.exe", "b");
        Write("pkg/c.exe", "c");
        Open("alice", "pkg/b.exe");

        var violation = Fails<SharingViolation>(Host.DeleteDirectory(Office, "pkg"));

        Assert.Equal("pkg/b.exe", violation.Path);
        Assert.Equal(["b.exe", "c.exe"], Ok(Host.ListDirectory(Office, "pkg")).Select(e => e.Name));
    }

    [Fact]
    public void Deleting_the_share_root_as_a_directory_is_refused()
        => Fails<InvalidPath>(Host.DeleteDirectory(Office, ""));

    [Fact]
    public void Find_open_files_lists_the_handles_under_the_subtree_only()
    {
        Write("pkg/a.exe", "a");
        Write("pkg/sub/b.exe", "b");
        Write("pkgother/c.exe", "c");
        var a = Open("alice", "pkg/a.exe");
        var b = Open("bob", "pkg/sub/b.exe");
        Open("carol", "pkgother/c.exe");

        var found = Ok(Host.FindOpenFiles(Office, "pkg"));

        Assert.Equal([a, b], found);
        Assert.Equal([("alice", a.Session, "pkg/a.exe"), ("bob", b.Session, "pkg/sub/b.exe")], found.Select(h => (h.User, h.Session, h.Path)));
    }

    [Fact]
    public void File_info_gives_the_size_and_sha256_of_the_written_content()
    {
        var content = Bytes("the package payload");
        Clock.Advance(TimeSpan.FromMinutes(1));
        Ok(Host.WriteFile(Office, "pkg/setup.exe", content));

        var info = Ok(Host.GetFileInfo(Office, "PKG/SETUP.EXE"));

        Assert.Equal("pkg/setup.exe", info.Path);
        Assert.Equal(content.Length, info.Size);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), info.Sha256);
        Assert.Equal(Clock.Now, info.LastWritten);
    }

    [Fact]
    public async Task Writing_from_a_stream_stores_the_streamed_content()
    {
        var content = new byte[200_000];
        new Random(7).NextBytes(content);

        Ok(await Host.WriteFileAsync(Office, "pkg/big.cab", new MemoryStream(content)));

        Assert.Equal(content, Ok(Host.ReadFile(Office, "pkg/big.cab")));
    }

    // --- shares and sessions ---

    [Fact]
    public void Creating_a_share_twice_is_refused()
        => Fails<AlreadyExists>(Host.CreateShare(new ShareAddress("ntsrv1", "Office97")));

    [Fact]
    public void Shares_are_listed_per_server()
    {
        Ok(Host.CreateShare(new ShareAddress("NTSRV1", "EXCEL")));

        Assert.Equal([new ShareAddress("NTSRV1", "EXCEL"), Office], Host.ListShares("NTSRV1"));
        Assert.Equal([Cap], Host.ListShares("CAP_DAN"));
    }

    [Fact]
    public void Deleting_a_share_with_open_files_is_a_sharing_violation()
    {
        Write("setup.exe", "v1");
        Open("alice", "setup.exe");

        Fails<SharingViolation>(Host.DeleteShare(Office));

        Assert.Contains(Office, Host.ListShares("NTSRV1"));
    }

    [Fact]
    public void Deleting_a_share_ends_its_idle_sessions()
    {
        var session = Connect("alice");

        Ok(Host.DeleteShare(Office));

        Assert.Empty(Host.ListShares("NTSRV1"));
        Fails<NotFound>(Host.Disconnect(session.Id));
    }

    [Fact]
    public void Connecting_to_a_missing_share_is_not_found()
        => Fails<NotFound, ShareSession>(Host.Connect("alice", new ShareAddress("NTSRV9", "NOPE")));

    [Fact]
    public void Sessions_are_listed_with_user_start_time_and_open_files()
    {
        Write("setup.exe", "v1");
        var since = Clock.Now;
        var handle = Open("alice", "setup.exe");

        var listing = Assert.Single(Ok(Host.ListSessions(Office)));

        Assert.Equal(new ShareSession(handle.Session, "alice", Office, since), listing.Session);
        Assert.Equal([handle], listing.OpenFiles);
    }

    [Fact]
    public void Opening_a_missing_file_as_a_user_leaves_no_session_behind()
    {
        Fails<NotFound, OpenHandle>(Host.OpenFileAs("alice", Office, "nothere.exe"));

        Assert.Empty(Ok(Host.ListSessions(Office)));
    }

    [Fact]
    public void Opening_a_directory_as_a_user_leaves_no_session_behind()
    {
        Write("sub/setup.exe", "v1");

        Fails<PathConflict, OpenHandle>(Host.OpenFileAs("alice", Office, "sub"));

        Assert.Empty(Ok(Host.ListSessions(Office)));
    }

    [Fact]
    public void Opening_as_a_user_starts_a_session_only_when_the_open_succeeds_and_then_reuses_it()
    {
        Write("setup.exe", "v1");
        Write("readme.txt", "v1");

        var first = Ok(Host.OpenFileAs("alice", Office, "setup.exe"));
        var second = Ok(Host.OpenFileAs("ALICE", Office, "readme.txt"));
        Fails<NotFound, OpenHandle>(Host.OpenFileAs("alice", Office, "nothere.exe"));

        Assert.Equal(first.Session, second.Session);
        var listing = Assert.Single(Ok(Host.ListSessions(Office)));
        Assert.Equal([first, second], listing.OpenFiles);
    }

    [Fact]
    public void Opening_as_a_user_on_a_revoked_share_is_access_denied_and_leaves_no_session()
    {
        Write("setup.exe", "v1");
        Ok(Host.RevokeAccess(Office));

        Fails<AccessDenied, OpenHandle>(Host.OpenFileAs("alice", Office, "setup.exe"));

        Assert.Empty(Ok(Host.ListSessions(Office)));
    }

    [Fact]
    public void Concurrent_sessions_opening_and_closing_leave_consistent_bookkeeping()
    {
        Write("setup.exe", "v1");

        Parallel.For(0, 200, i =>
        {
            var session = Ok(Host.Connect($"user{i}", Office));
            var handle = Ok(Host.OpenFile(session.Id, "setup.exe"));
            Ok(Host.CloseHandle(handle.Id));
            if (i % 2 == 0) Ok(Host.Disconnect(session.Id));
        });

        Assert.Empty(Ok(Host.FindOpenFiles(Office, "")));
        Assert.Equal(100, Ok(Host.ListSessions(Office)).Count);
        Ok(Host.WriteFile(Office, "setup.exe", Bytes("v2")));
    }
}
