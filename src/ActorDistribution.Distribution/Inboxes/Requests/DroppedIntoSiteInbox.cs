namespace ActorDistribution.Distribution.Inboxes.Requests;

/// <summary>The file is in the site inbox: share (<c>SITESRV_CODE/SMS_CODE</c>) and path inside it.</summary>
public sealed record DroppedIntoSiteInbox(string Site, string Share, string Path, int Bytes);
