using ActorDistribution.Distribution.Requests;

namespace ActorDistribution.Distribution.Inboxes.Requests;

/// <summary>
/// <c>inbox drop SITE INBOX FILE</c>: write a file into a site-server inbox (one of
/// <c>distribution.inbox-manager.inboxes</c>, any case). Answers <see cref="DroppedIntoSiteInbox"/> or <see cref="Rejected"/>.
/// The manager replicates it at its next scan (or at once with <see cref="ScanSiteInboxes"/>).
/// </summary>
public sealed record DropIntoSiteInbox(string Site, string Inbox, string FileName, byte[] Content);
