namespace ActorDistribution.Shares.Tests;

public sealed class InMemoryShareHostSpec() : ShareHostSpec((clock, options) => new InMemoryShareHost(clock, options))
{
    [Fact]
    public void Thousands_of_shares_and_files_are_cheap_to_hold()
    {
        for (var i = 0; i < 2000; i++)
        {
            var share = new ShareAddress("BIGSRV", $"PKG{i:D4}");
            ShareAssert.Ok(Host.CreateShare(share));
            for (var f = 0; f < 5; f++) ShareAssert.Ok(Host.WriteFile(share, $"bin/file{f}.dll", Bytes($"{i}/{f}")));
        }

        Assert.Equal(2000, Host.ListShares("BIGSRV").Count);
        Assert.Equal("1999/4", System.Text.Encoding.UTF8.GetString(ShareAssert.Ok(Host.ReadFile(new ShareAddress("BIGSRV", "PKG1999"), "bin/file4.dll"))));
    }
}
