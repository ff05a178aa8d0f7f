namespace ActorDistribution.Distribution.Requests;

/// <summary><c>server add &lt;name&gt; --site &lt;code&gt;</c>: a distribution server of a site; answers <see cref="ServerView"/>.</summary>
public sealed record AddServer(string Name, string Site);
