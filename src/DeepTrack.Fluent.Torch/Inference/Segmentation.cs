using System;
using System.Collections.Generic;
using DeepTrack.Fluent.Analysis;

namespace DeepTrack.Fluent.Torch;

/// <summary>Turns segmentation outputs (per-pixel probabilities or logits) into detections.</summary>
public static class Segmentation
{
    /// <summary>
    /// Thresholds a 2-D map, groups the pixels above the threshold into 8-connected components, and returns each component
    /// of at least <paramref name="minimumArea"/> pixels with its centroid weighted by the values above the threshold.
    /// </summary>
    /// <param name="map">The model's output for one image (one channel).</param>
    /// <param name="threshold">Pixels with a value above it belong to objects (0.5 for probabilities, 0 for logits).</param>
    /// <param name="minimumArea">Smaller components are ignored.</param>
    /// <returns>The detections, ordered by first pixel (row-major).</returns>
    public static IReadOnlyList<SegmentedObject> Detect(Image<double> map, double threshold = 0.5, int minimumArea = 1)
    {
        ArgumentNullException.ThrowIfNull(map);
        if (map.Depth != 1)
        {
            throw new ArgumentException($"The map has {map.Depth} planes; detection needs a 2-D map (one channel).", nameof(map));
        }

        if (minimumArea < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumArea), minimumArea, "The minimum area must be at least one pixel.");
        }

        var components = ConnectedComponents.Find(map, threshold, minimumArea);
        var detections = new SegmentedObject[components.Count];
        for (int i = 0; i < detections.Length; i++)
        {
            detections[i] = new SegmentedObject(components[i].Row, components[i].Column, components[i].Area, components[i].Peak);
        }

        return detections;
    }
}
