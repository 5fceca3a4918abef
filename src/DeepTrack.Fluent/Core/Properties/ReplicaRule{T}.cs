using System;

namespace DeepTrack.Fluent;

/// <summary>
/// A property rule that is a function of the replica being resolved (DeepTrack 2.0's <c>lambda _ID: …</c>): inside
/// <c>feature ^ 3</c> the three copies see the paths (0), (1) and (2); at the top level the path is empty.
/// </summary>
/// <typeparam name="T">The property's type.</typeparam>
internal sealed class ReplicaRule<T> : PropertyRule<T>
{
    private readonly Func<ReplicaPath, T> rule;

    internal ReplicaRule(Func<ReplicaPath, T> rule) => this.rule = rule;

    /// <inheritdoc />
    public override string ToString() => "per replica";

    internal override T Resolve(Feature owner, ResolutionScope scope, string property) => rule(scope.Path);
}
