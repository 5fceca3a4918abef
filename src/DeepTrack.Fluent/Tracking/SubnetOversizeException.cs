using System;
using System.Globalization;

namespace DeepTrack.Fluent.Tracking;

/// <summary>
/// A subnetwork (particles of two frames that could be linked in more than one way) has more source particles than
/// <see cref="TrajectoryLinker.MaxSubnetSize"/> and the search range could not be reduced to split it.
/// </summary>
public sealed class SubnetOversizeException : InvalidOperationException
{
    internal SubnetOversizeException(int frame, int size, int maximum, double searchRange, double? adaptiveStop)
        : base(Describe(frame, size, maximum, searchRange, adaptiveStop))
    {
        Frame = frame;
        Size = size;
        SearchRange = searchRange;
    }

    private static string Describe(int frame, int size, int maximum, double searchRange, double? adaptiveStop)
    {
        string what = string.Create(CultureInfo.InvariantCulture, $"Linking into frame {frame}: a subnetwork of {size} particles within search range {searchRange:G6} is larger than MaxSubnetSize = {maximum}. ");
        string fix = adaptiveStop is double stop
            ? string.Create(CultureInfo.InvariantCulture, $"The adaptive search reached AdaptiveStop = {stop:G6} without splitting it: lower AdaptiveStop, or raise MaxSubnetSize.")
            : "Lower SearchRange, set AdaptiveStop so that the range shrinks on dense frames, or raise MaxSubnetSize.";
        return what + fix;
    }

    /// <summary>The frame being linked to.</summary>
    public int Frame { get; }

    /// <summary>The number of source particles in the subnetwork.</summary>
    public int Size { get; }

    /// <summary>The search range at which the subnetwork was still too large.</summary>
    public double SearchRange { get; }
}
