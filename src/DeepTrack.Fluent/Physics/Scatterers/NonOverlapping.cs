using System;
using System.Collections.Generic;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// Redraws a list of scatterers until no two overlap (DeepTrack 2.0's <c>NonOverlapping</c>), e.g.
/// <c>(particle ^ 20).NonOverlapping(minimumDistance: 2)</c>. Attempt <i>k</i> evaluates <see cref="Inner"/> as
/// replica <i>k</i>, so every property it draws (positions, sizes, counts) is drawn anew, reproducibly from the
/// seed; the first attempt in which every pair of objects is at least r₁ + r₂ + <see cref="MinimumDistance"/>
/// apart (3-D distance in pixels, <see cref="SampleObject.BoundingRadius"/> converted by <see cref="PixelSize"/>)
/// is the output, and only its draws enter the ground truth.
/// </summary>
/// <typeparam name="TIn">The input type of the list feature.</typeparam>
/// <param name="Inner">The feature that draws the list, e.g. <c>particle ^ 20</c>.</param>
[Feature]
public sealed partial record NonOverlapping<TIn>(Feature<TIn, IReadOnlyList<SampleObject>> Inner) : Feature<TIn, IReadOnlyList<SampleObject>>, IReplicating
{
    /// <summary>The extra gap between the objects' bounding spheres, in pixels (0: they may touch).</summary>
    [NonNegative]
    public partial double MinimumDistance { get; init; } = 0;

    /// <summary>How many draws to try before giving up with an error that says what to change.</summary>
    [Positive]
    public partial int MaxAttempts { get; init; } = 100;

    /// <summary>The size of one sample-plane pixel (the optics' camera pixel pitch ÷ magnification; the optics' default is 100 nm).</summary>
    [Positive]
    public partial Length PixelSize { get; init; } = 100.Nanometers();

    /// <inheritdoc />
    public override IReadOnlyList<Feature> Children => [Inner];

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override IReadOnlyList<SampleObject> Compute(TIn input, FeatureContext context)
    {
        (int First, int Second, double Distance, double Needed) closest = default;
        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var objects = context.EvaluateReplica(Inner, input, attempt);
            var overlap = FirstOverlap(objects);
            if (overlap is null)
            {
                return objects;
            }

            closest = overlap.Value;
        }

        throw new PropertyValueException(
            Name,
            nameof(MaxAttempts),
            MaxAttempts,
            $"no draw without overlaps was found (in the last, objects {closest.First} and {closest.Second} were {closest.Distance:G3} px apart where {closest.Needed:G3} px are needed); "
            + "draw fewer or smaller objects, lower MinimumDistance, widen the position range, or raise MaxAttempts");
    }

    private (int First, int Second, double Distance, double Needed)? FirstOverlap(IReadOnlyList<SampleObject> objects)
    {
        double pixel = PixelSize.Meters;
        for (int i = 0; i < objects.Count; i++)
        {
            for (int j = i + 1; j < objects.Count; j++)
            {
                var (a, b) = (objects[i], objects[j]);
                double dr = a.Position.Row - b.Position.Row, dc = a.Position.Column - b.Position.Column, dz = a.Z - b.Z;
                double distance = Math.Sqrt(dr * dr + dc * dc + dz * dz);
                double needed = (a.BoundingRadius.Meters + b.BoundingRadius.Meters) / pixel + MinimumDistance;
                if (distance < needed)
                {
                    return (i, j, distance, needed);
                }
            }
        }

        return null;
    }
}
