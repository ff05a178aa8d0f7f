namespace ActorDistribution.Hocon;

/// <summary>
/// Replaces substitutions and concatenations in a merged tree with values. Paths are looked up
/// lazily (so forward references work) and memoized; a path met again while it is being resolved is a cycle.
/// </summary>
internal sealed class Resolver
{
    private readonly HoconObject root;
    private readonly IReadOnlyDictionary<string, string> environment;
    private readonly Dictionary<string, HoconValue?> resolved = new(StringComparer.Ordinal);
    private readonly List<IReadOnlyList<string>> inProgress = [];

    private Resolver(HoconObject root, IReadOnlyDictionary<string, string> environment)
    {
        this.root = root;
        this.environment = environment;
    }

    public static HoconObject Resolve(HoconObject root, IReadOnlyDictionary<string, string> environment) =>
        new Resolver(root, environment).ResolveTreeObject(root, []);

    /// <summary>Walks a resolved value down a path; undefined (null) when a step is missing or not an object.</summary>
    public static HoconValue? Descend(HoconValue? value, IReadOnlyList<string> path)
    {
        foreach (var key in path)
        {
            if (value is not HoconObject obj || !obj.TryGetField(key, out value!))
            {
                return null;
            }
        }

        return value;
    }

    private static string Key(IReadOnlyList<string> path) => string.Join('\u0001', path);

    private HoconObject ResolveTreeObject(HoconObject obj, IReadOnlyList<string> path)
    {
        var result = new HoconObject(obj.Origin) { IgnoresFallbacks = obj.IgnoresFallbacks };
        foreach (var key in obj.Fields.Keys)
        {
            if (Lookup([.. path, key], obj.Fields[key].Origin) is { } value)
            {
                result.Put(key, value);
            }
        }

        return result;
    }

    /// <summary>The final value at an absolute path of the tree, or null when it is not defined.</summary>
    private HoconValue? Lookup(IReadOnlyList<string> path, ConfigOrigin requestedAt)
    {
        var key = Key(path);
        if (resolved.TryGetValue(key, out var known))
        {
            return known;
        }

        var cycleStart = inProgress.FindIndex(p => Key(p) == key);
        if (cycleStart >= 0)
        {
            var chain = inProgress.Skip(cycleStart).Append(path).Select(ConfigPath.Render);
            throw HoconException.Found(requestedAt, $"a substitution cycle {string.Join(" -> ", chain)}", "values that do not depend on themselves");
        }

        inProgress.Add(path);
        try
        {
            var value = LookupUncached(path, requestedAt);
            resolved[key] = value;
            return value;
        }
        finally
        {
            inProgress.RemoveAt(inProgress.Count - 1);
        }
    }

    private HoconValue? LookupUncached(IReadOnlyList<string> path, ConfigOrigin requestedAt)
    {
        HoconValue node = root;
        for (var i = 0; i < path.Count; i++)
        {
            if (node is not HoconObject obj)
            {
                // The parent is only known once resolved (e.g. it is a substitution): resolve it, then descend.
                var parent = Lookup(path.Take(i).ToList(), requestedAt);
                return Descend(parent, path.Skip(i).ToList());
            }

            if (!obj.TryGetField(path[i], out node!))
            {
                return null;
            }
        }

        return node switch
        {
            HoconObject obj => ResolveTreeObject(obj, path),
            HoconMergeStack stack => ResolveStack(stack.Layers, path, new SelfReferenceFrame(path, () => null, null)),
            _ => ResolveDetached(node, new SelfReferenceFrame(path, () => null, null)),
        };
    }

    /// <summary>The newest layer wins; an object merges over the older layers, an undefined one leaves them in place.</summary>
    private HoconValue? ResolveStack(IReadOnlyList<HoconValue> layers, IReadOnlyList<string> path, SelfReferenceFrame outer)
    {
        var older = layers.Take(layers.Count - 1).ToList();
        var frame = new SelfReferenceFrame(path, () => older.Count == 0 ? outer.Previous : ResolveStack(older, path, outer), outer.Parent);
        var top = ResolveDetached(layers[^1], frame);
        if (top is null)
        {
            return frame.Previous;
        }

        return (top, frame.Previous) switch
        {
            (HoconObject topObject, HoconObject previousObject) => MergeResolved(previousObject, topObject),

            // An object over a scalar, array or null starts afresh and must not merge with anything under it later.
            (HoconObject topObject, not null) => topObject.IgnoringFallbacks(),
            _ => top,
        };
    }

    private HoconValue? ResolveDetached(HoconValue value, SelfReferenceFrame frame)
    {
        switch (value)
        {
            case HoconScalar:
                return value;
            case HoconArray array:
                var itemFrame = frame.InsideArray();
                var items = array.Items.Select(item => ResolveDetached(item, itemFrame)).OfType<HoconValue>().ToList();
                return new HoconArray(array.Origin, items);
            case HoconObject obj:
                var result = new HoconObject(obj.Origin) { IgnoresFallbacks = obj.IgnoresFallbacks };
                foreach (var (key, field) in obj.Fields)
                {
                    if (ResolveDetached(field, frame.Child(key)) is { } fieldValue)
                    {
                        result.Put(key, fieldValue);
                    }
                }

                return result;
            case HoconMergeStack stack:
                return ResolveStack(stack.Layers, frame.Path, frame);
            case HoconSubstitution substitution:
                return ResolveSubstitution(substitution, frame);
            case HoconConcatenation concatenation:
                return Concatenate(concatenation, concatenation.Parts.Select(part => ResolveConcatenated(part, frame)).ToList());
            default:
                throw new InvalidOperationException($"Unknown value type {value.GetType().Name}.");
        }
    }

    /// <summary>
    /// A part of a concatenation. The spec turns a substitution that is null into an empty string there,
    /// while a literal null written in the text stays the four characters "null".
    /// </summary>
    private HoconValue? ResolveConcatenated(HoconValue part, SelfReferenceFrame frame)
    {
        var value = ResolveDetached(part, frame);
        return part is HoconSubstitution && value is HoconScalar { Kind: ScalarKind.Null } nothing
            ? new HoconScalar(nothing.Origin, ScalarKind.String, "")
            : value;
    }

    private HoconValue? ResolveSubstitution(HoconSubstitution substitution, SelfReferenceFrame frame)
    {
        var value = substitution.IncludePrefix.Count > 0
            ? Find([.. substitution.IncludePrefix, .. substitution.Path], substitution, frame) ?? Find(substitution.Path, substitution, frame)
            : Find(substitution.Path, substitution, frame);
        var name = ConfigPath.Render(substitution.Path);
        if (value is null && environment.TryGetValue(name, out var variable))
        {
            value = new HoconScalar(new ConfigOrigin($"environment variable {name}", 1, 1), ScalarKind.String, variable);
        }

        if (value is null && !substitution.Optional)
        {
            throw new HoconException(substitution.Origin, $"could not resolve substitution {substitution.Expression}: found no setting at '{name}' and no environment variable '{name}', expected one of them to be defined (write ${{?{name}}} if it is optional)");
        }

        return value;
    }

    private HoconValue? Find(IReadOnlyList<string> path, HoconSubstitution substitution, SelfReferenceFrame frame)
    {
        // A reference to the path being defined (or below it) means its previous value, not a cycle.
        for (var current = frame; current is { AllowsSelfReference: true }; current = current.Parent)
        {
            if (ConfigPath.StartsWith(path, current.Path))
            {
                return Descend(current.Previous, path.Skip(current.Path.Count).ToList());
            }
        }

        // The spec treats a cycle met by an optional substitution as a missing value: a = [${?a}] is [].
        if (substitution.Optional && inProgress.Exists(p => Key(p) == Key(path)))
        {
            return null;
        }

        return Lookup(path, substitution.Origin);
    }

    private static HoconValue? Concatenate(HoconConcatenation concatenation, List<HoconValue?> parts)
    {
        var present = parts.OfType<HoconValue>().ToList();
        var substantial = present.Where(part => part is not HoconScalar { IsWhitespace: true }).ToList();
        if (substantial.Count == 0)
        {
            return null;
        }

        if (substantial.Count > 0 && substantial.All(part => part is HoconObject))
        {
            return substantial.Cast<HoconObject>().Aggregate(MergeResolved);
        }

        if (substantial.Count > 0 && substantial.All(part => part is HoconArray))
        {
            return new HoconArray(substantial[0].Origin, substantial.SelectMany(part => ((HoconArray)part).Items).ToList());
        }

        if (substantial.FirstOrDefault(part => part is HoconObject or HoconArray) is { } misfit)
        {
            var other = substantial.First(part => part.GetType() != misfit.GetType());
            throw HoconException.Found(concatenation.Origin, $"{misfit.Describe()} concatenated with {other.Describe()}", "values of one kind in a concatenation (all strings, all arrays or all objects)");
        }

        if (substantial.Count == 1 && present.Count == 1)
        {
            return substantial[0];
        }

        var text = string.Concat(present.Select(part => ((HoconScalar)part).Text));
        return new HoconScalar(concatenation.Origin, ScalarKind.String, text);
    }

    private static HoconObject MergeResolved(HoconObject fallback, HoconObject over)
    {
        if (over.IgnoresFallbacks)
        {
            return over;
        }

        // Merging over an object that hides what lay under it keeps hiding it.
        var merged = new HoconObject(over.Origin) { IgnoresFallbacks = fallback.IgnoresFallbacks };
        foreach (var (key, value) in fallback.Fields)
        {
            merged.Put(key, value);
        }

        foreach (var (key, value) in over.Fields)
        {
            merged.Put(key, (value, merged.Fields.GetValueOrDefault(key)) switch
            {
                (HoconObject overObject, HoconObject fallbackObject) => MergeResolved(fallbackObject, overObject),
                (HoconObject overObject, not null) => overObject.IgnoringFallbacks(),
                _ => value,
            });
        }

        return merged;
    }
}
