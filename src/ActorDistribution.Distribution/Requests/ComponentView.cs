using ActorDistribution.Distribution.Sites;

namespace ActorDistribution.Distribution.Requests;

/// <summary>A site component after a control request: its status (running, paused, stopped) and the settings it runs by.</summary>
/// <param name="Waiting">Deliveries queued while the component is paused or stopped.</param>
public sealed record ComponentView(string Component, string Site, string Status, SiteSettings? InEffect, int Waiting);
