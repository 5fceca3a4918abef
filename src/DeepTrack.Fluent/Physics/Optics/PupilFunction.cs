using System;
using System.Collections.Generic;
using System.Linq;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// The pupil of an objective as a description: the ideal circular aperture of radius NA/λ followed by
/// <see cref="Modifiers"/> (aberrations, apodizations). Pupil features transform it; the optics evaluate it on
/// their grid. Two pupil functions with equal modifiers are equal (and share cached PSFs).
/// </summary>
public sealed class PupilFunction : IEquatable<PupilFunction>, IGroundTruthCarrier
{
    private readonly PupilModifier[] modifiers;

    private PupilFunction(PupilModifier[] modifiers, GroundTruth truth)
    {
        this.modifiers = modifiers;
        Truth = truth;
    }

    /// <summary>The ideal, aberration-free pupil.</summary>
    public static PupilFunction Ideal { get; } = new([], GroundTruth.Empty);

    /// <summary>The modifiers, in the order they are applied.</summary>
    public IReadOnlyList<PupilModifier> Modifiers => modifiers;

    /// <inheritdoc />
    public GroundTruth Truth { get; }

    /// <summary>This pupil followed by one more modifier.</summary>
    /// <param name="modifier">The modifier.</param>
    /// <returns>The new pupil function.</returns>
    public PupilFunction With(PupilModifier modifier)
    {
        ArgumentNullException.ThrowIfNull(modifier);
        return new PupilFunction([.. modifiers, modifier], Truth);
    }

    /// <inheritdoc />
    public object WithTruth(GroundTruth truth) => new PupilFunction(modifiers, truth ?? throw new ArgumentNullException(nameof(truth)));

    /// <inheritdoc />
    public bool Equals(PupilFunction? other) => other is not null && modifiers.SequenceEqual(other.modifiers);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PupilFunction);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var modifier in modifiers)
        {
            hash.Add(modifier);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => modifiers.Length == 0 ? "ideal pupil" : string.Join(" · ", modifiers.Select(m => m.ToString()));
}
