using System.Collections;
using System.Collections.Generic;

namespace DeepTrack.Fluent.Tracking;

/// <summary>A mean-squared-displacement curve: one <see cref="MsdPoint"/> per lag that has displacements, with its units.</summary>
public sealed class MsdCurve : IReadOnlyList<MsdPoint>
{
    private readonly MsdPoint[] points;

    internal MsdCurve(MsdPoint[] points, string positionUnit, string timeUnit)
    {
        this.points = points;
        PositionUnit = positionUnit;
        TimeUnit = timeUnit;
    }

    /// <summary>The unit of positions; the MSD is in this unit squared.</summary>
    public string PositionUnit { get; }

    /// <summary>The unit of <see cref="MsdPoint.LagTime"/> (<c>frame</c> unless a frame interval was given).</summary>
    public string TimeUnit { get; }

    /// <summary>The unit of the MSD, e.g. <c>px²</c>.</summary>
    public string MsdUnit => PositionUnit + "²";

    /// <inheritdoc />
    public int Count => points.Length;

    /// <inheritdoc />
    public MsdPoint this[int index] => points[index];

    /// <inheritdoc />
    public IEnumerator<MsdPoint> GetEnumerator() => ((IEnumerable<MsdPoint>)points).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
