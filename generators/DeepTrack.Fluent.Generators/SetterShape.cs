using System;

namespace DeepTrack.Fluent.Generators;

/// <summary>
/// One kind of generated <c>With…</c> setter, written once for a feature's own properties and for the
/// properties it inherits. <see cref="All"/> is the table the emitter walks; the index of each shape is the
/// one <c>FeatureDeclarationRules.DeclaredSetters</c> reports for a user method of the same signature.
/// </summary>
internal sealed class SetterShape
{
    private const string Rt = "global::DeepTrack.Fluent";

    private SetterShape(
        int index,
        string summary,
        (string Name, string Text)[] typeParameterDocs,
        (string Name, string Text)[] parameterDocs,
        bool mentionsSelf,
        Func<SetterNames, string> signature,
        Func<SetterNames, string> rule,
        Func<SetterNames, string> inheritedBody)
    {
        Index = index;
        Summary = summary;
        TypeParameterDocs = typeParameterDocs;
        ParameterDocs = parameterDocs;
        MentionsSelf = mentionsSelf;
        Signature = signature;
        Rule = rule;
        InheritedBody = inheritedBody;
    }

    /// <summary>Every shape, in the order they are emitted.</summary>
    public static SetterShape[] All { get; } =
    {
        new(0, "is the constant <paramref name=\"value\"/>.", NoTypeParameters, new[] { ("value", "The value.") }, false,
            n => $"({n.Type} value)",
            n => $"{Rt}.PropertyRule.Constant<{n.Type}>(value)",
            n => $"({n.Self})base.With{n.Property}(value)"),
        new(1, "is drawn from <paramref name=\"distribution\"/> for every sample and replica.", NoTypeParameters, new[] { ("distribution", "The distribution.") }, false,
            n => $"({Rt}.Distribution<{n.Type}> distribution)",
            n => $"{Rt}.PropertyRule.From<{n.Type}>(distribution)",
            n => $"({n.Self})base.With{n.Property}(distribution)"),
        new(2, "calls <paramref name=\"sampler\"/> again for every sample and replica.", NoTypeParameters, new[] { ("sampler", "The sampler; prefer a distribution for reproducible randomness.") }, false,
            n => $"(global::System.Func<{n.Type}> sampler)",
            n => $"{Rt}.PropertyRule.From<{n.Type}>(sampler)",
            n => $"({n.Self})base.With{n.Property}(sampler)"),
        new(3, "is computed from the other properties of this feature.", NoTypeParameters, new[] { ("rule", "Receives this feature with its other properties resolved.") }, true,
            n => $"(global::System.Func<{n.Self}, {n.Type}> rule)",
            n => $"{Rt}.PropertyRule.FromSelf<{n.Self}, {n.Type}>(rule)",
            n => $"({n.Self})base.With{n.Property}(({n.DeclaringType} feature) => rule(({n.Self})feature))"),
        new(4, "evolves over the frames of a sequence: <paramref name=\"initial\"/> in frame 0, then <paramref name=\"step\"/> applied to the previous frame's value.", NoTypeParameters,
            new[] { ("initial", "The value in frame 0."), ("step", "Computes a frame's value from this feature (other properties resolved) and the previous value.") }, true,
            n => $"({n.Type} initial, global::System.Func<{n.Self}, {Rt}.SequenceStep<{n.Type}>, {n.Type}> step)",
            n => $"{Rt}.PropertyRule.Sequential<{n.Self}, {n.Type}>({Rt}.PropertyRule.Constant<{n.Type}>(initial), step)",
            n => $"({n.Self})base.With{n.Property}(initial, ({n.DeclaringType} feature, {Rt}.SequenceStep<{n.Type}> frame) => step(({n.Self})feature, frame))"),
        new(5, "evolves over the frames of a sequence: drawn from <paramref name=\"initial\"/> in frame 0, then <paramref name=\"step\"/> applied to the previous frame's value.", NoTypeParameters,
            new[] { ("initial", "The distribution of the value in frame 0."), ("step", "Computes a frame's value from this feature (other properties resolved) and the previous value.") }, true,
            n => $"({Rt}.Distribution<{n.Type}> initial, global::System.Func<{n.Self}, {Rt}.SequenceStep<{n.Type}>, {n.Type}> step)",
            n => $"{Rt}.PropertyRule.Sequential<{n.Self}, {n.Type}>({Rt}.PropertyRule.From<{n.Type}>(initial), step)",
            n => $"({n.Self})base.With{n.Property}(initial, ({n.DeclaringType} feature, {Rt}.SequenceStep<{n.Type}> frame) => step(({n.Self})feature, frame))"),
        new(6, "is computed from the properties of another feature, for the same sample and replica.", new[] { ("TOtherFeature", "The other feature's type.") },
            new[] { ("other", "The other feature."), ("rule", "Receives the other feature with its properties resolved.") }, false,
            n => $"<{n.TypeParameter("TOtherFeature")}>({n.TypeParameter("TOtherFeature")} other, global::System.Func<{n.TypeParameter("TOtherFeature")}, {n.Type}> rule)",
            n => $"{Rt}.PropertyRule.FromFeature<{n.TypeParameter("TOtherFeature")}, {n.Type}>(other, rule)",
            n => $"({n.Self})base.With{n.Property}(other, rule)"),
        new(7, "is computed from the properties of two other features, for the same sample and replica.",
            new[] { ("TFirstFeature", "The first feature's type."), ("TSecondFeature", "The second feature's type.") },
            new[] { ("first", "The first feature."), ("second", "The second feature."), ("rule", "Receives both features with their properties resolved.") }, false,
            n => $"<{n.TypeParameter("TFirstFeature")}, {n.TypeParameter("TSecondFeature")}>({n.TypeParameter("TFirstFeature")} first, {n.TypeParameter("TSecondFeature")} second, global::System.Func<{n.TypeParameter("TFirstFeature")}, {n.TypeParameter("TSecondFeature")}, {n.Type}> rule)",
            n => $"{Rt}.PropertyRule.FromFeatures<{n.TypeParameter("TFirstFeature")}, {n.TypeParameter("TSecondFeature")}, {n.Type}>(first, second, rule)",
            n => $"({n.Self})base.With{n.Property}(first, second, rule)"),
        new(8, "follows <paramref name=\"rule\"/>: any rule of <see cref=\"global::DeepTrack.Fluent.PropertyRule\"/>, such as one of the replica index or of the sample index.", NoTypeParameters,
            new[] { ("rule", "The rule.") }, false,
            n => $"({Rt}.PropertyRule<{n.Type}> rule)",
            n => "rule",
            n => $"({n.Self})base.With{n.Property}(rule)"),
    };

    /// <summary>The bit of <c>PropertyModel.DeclaredSetters</c> this shape answers to.</summary>
    public int Index { get; }

    /// <summary>The end of the summary sentence that starts "Returns a copy whose P …".</summary>
    public string Summary { get; }

    /// <summary>The method's type parameters (before renaming) and their documentation.</summary>
    public (string Name, string Text)[] TypeParameterDocs { get; }

    /// <summary>The parameters and their documentation.</summary>
    public (string Name, string Text)[] ParameterDocs { get; }

    /// <summary>Whether the signature mentions the feature type, so that a derived feature's copy overloads rather than hides the base's.</summary>
    public bool MentionsSelf { get; }

    /// <summary>The type parameters and parameters, in parentheses.</summary>
    public Func<SetterNames, string> Signature { get; }

    /// <summary>The rule an own property's setter stores.</summary>
    public Func<SetterNames, string> Rule { get; }

    /// <summary>The body of the setter a derived feature writes for an inherited property.</summary>
    public Func<SetterNames, string> InheritedBody { get; }

    private static (string Name, string Text)[] NoTypeParameters => Array.Empty<(string, string)>();
}
