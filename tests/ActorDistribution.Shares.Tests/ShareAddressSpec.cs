namespace ActorDistribution.Shares.Tests;

public sealed class ShareAddressSpec
{
    [Fact]
    public void Parses_server_and_share_from_either_slash()
    {
        Assert.True(ShareAddress.TryParse("CAP_DAN\\cap_ch2", out var address, out _));

        Assert.Equal(new ShareAddress("cap_dan", "CAP_CH2"), address);
        Assert.Equal("CAP_DAN/cap_ch2", address.ToString());
    }

    [Theory]
    [InlineData("NTSRV1")]
    [InlineData("NTSRV1/OFFICE97/extra")]
    [InlineData("NTSRV1/..")]
    [InlineData(".staging/OFFICE97")]
    [InlineData("NTSRV1/.hidden")]
    [InlineData("NT:SRV/OFFICE97")]
    public void Refuses_text_that_is_not_a_server_and_a_share(string text)
    {
        Assert.False(ShareAddress.TryParse(text, out _, out var problem));

        Assert.False(string.IsNullOrWhiteSpace(problem));
    }

    [Fact]
    public void Constructing_an_invalid_address_is_a_programming_error()
        => Assert.Throws<ArgumentException>(() => new ShareAddress("NTSRV1", "../OFFICE97"));
}
