using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using DeepTrack.Fluent.Tracking;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// Turns model outputs, one per frame, into a <see cref="DetectionTable"/> for <see cref="TrajectoryLinker"/>: regressed
/// positions, segmentation maps (threshold, 8-connected components, weighted centroids), density maps (local maxima
/// with sub-pixel refinement, and the mass around each) and predicted volumes (3-D components, z between bin centres). Frame <c>f</c> is output <c>f</c>; positions are in pixels of the
/// map (x = column, y = row, as trackpy).
/// </summary>
public static class ModelDetections
{
    /// <summary>Detections from regressed positions: each output holds (row, column) pairs, each value read as <c>value × scale + offset</c> pixels.</summary>
    /// <param name="outputs">The model's output per frame (an even number of values; e.g. from <see cref="Predictor.Predict"/>).</param>
    /// <param name="scale">Pixels per output unit (e.g. the image size when the labels were positions divided by it).</param>
    /// <param name="offset">Pixels added after scaling.</param>
    /// <returns>The table, in pixels.</returns>
    public static DetectionTable FromPositions(IReadOnlyList<float[]> outputs, double scale = 1, double offset = 0)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        if (!double.IsFinite(scale) || scale == 0 || !double.IsFinite(offset))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, $"ModelDetections.FromPositions needs a finite, non-zero scale and a finite offset; got scale {scale}, offset {offset}.");
        }

        var detections = new List<Detection>();
        for (int frame = 0; frame < outputs.Count; frame++)
        {
            var values = outputs[frame] ?? throw new ArgumentException($"The output of frame {frame} is null.", nameof(outputs));
            if (values.Length % 2 != 0)
            {
                throw new ArgumentException($"The output of frame {frame} has {values.Length} values; positions are (row, column) pairs, an even number.", nameof(outputs));
            }

            for (int k = 0; k < values.Length; k += 2)
            {
                detections.Add(new Detection(frame, (values[k + 1] * scale) + offset, (values[k] * scale) + offset));
            }
        }

        return new DetectionTable(detections);
    }

    /// <summary>
    /// Detections from segmentation maps (probabilities or logits): the pixels above <paramref name="threshold"/> in
    /// 8-connected components of at least <paramref name="minimumArea"/> pixels, each at its centroid weighted by the
    /// values above the threshold (<see cref="Segmentation.Detect"/>), with the properties <c>area</c> (px²) and
    /// <c>signal</c> (the largest value).
    /// </summary>
    /// <param name="maps">The 2-D map of each frame.</param>
    /// <param name="threshold">0.5 for probabilities, 0 for logits.</param>
    /// <param name="minimumArea">Smaller components are ignored.</param>
    /// <returns>The table, in pixels.</returns>
    public static DetectionTable FromSegmentation(IReadOnlyList<Image<double>> maps, double threshold = 0.5, int minimumArea = 1)
    {
        CheckMaps(maps);
        CheckThreshold(threshold);
        var perFrame = new List<Detection>[maps.Count];
        Parallel.For(0, maps.Count, frame =>
        {
            perFrame[frame] = [.. Segmentation.Detect(maps[frame], threshold, minimumArea).Select(d =>
                new Detection(frame, d.Column, d.Row, new Dictionary<string, double> { ["area"] = d.Area, ["signal"] = d.Score }))];
        });
        return new DetectionTable(perFrame.SelectMany(d => d), DetectionTable.Pixels, new Dictionary<string, string> { ["area"] = "px²", ["signal"] = "" });
    }

    /// <summary>
    /// Detections from density (or heat) maps: every local maximum above <paramref name="threshold"/> — the largest value
    /// within <paramref name="radius"/> pixels in row and column, the first in row-major order on a plateau — refined to
    /// sub-pixel precision, with the properties <c>mass</c> (the sum of the map over the window: about 1 per object on a
    /// normalised density map) and <c>signal</c> (the maximum's value).
    /// </summary>
    /// <param name="maps">The 2-D map of each frame.</param>
    /// <param name="threshold">Smaller maxima are ignored (e.g. half the peak of one object).</param>
    /// <param name="radius">The half-width of the window (≥ 1): maxima closer than this merge.</param>
    /// <param name="refinement">The sub-pixel method.</param>
    /// <returns>The table, in pixels.</returns>
    public static DetectionTable FromDensity(IReadOnlyList<Image<double>> maps, double threshold, int radius = 2, SubpixelMethod refinement = SubpixelMethod.Gaussian)
    {
        CheckMaps(maps);
        CheckThreshold(threshold);
        if (radius < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(radius), radius, "ModelDetections.FromDensity needs a window radius of at least 1 pixel.");
        }

        if (!Enum.IsDefined(refinement))
        {
            throw new ArgumentOutOfRangeException(nameof(refinement), refinement, $"There is no sub-pixel method {refinement}.");
        }

        var perFrame = new List<Detection>[maps.Count];
        Parallel.For(0, maps.Count, frame => perFrame[frame] = Maxima(maps[frame], frame, threshold, radius, refinement));
        return new DetectionTable(perFrame.SelectMany(d => d), DetectionTable.Pixels, new Dictionary<string, string> { ["mass"] = "", ["signal"] = "" });
    }

    /// <summary>
    /// Detections in 3-D from predicted volumes (one plane per z bin, e.g. a U-Net trained on <see cref="Labels.VolumeMask"/>
    /// labels): <see cref="VolumeSegmentation.Detect"/> per frame, with the properties <c>z</c> (interpolated between bin
    /// centres, in the bins' unit), <c>voxels</c> and <c>signal</c> (the largest value). The linker links on x and y; z
    /// travels with each detection.
    /// </summary>
    /// <param name="volumes">The volume of each frame (Height × Width × bins).</param>
    /// <param name="bins">The z bins.</param>
    /// <param name="threshold">0.5 for probabilities, 0 for logits.</param>
    /// <param name="minimumVoxels">Smaller components are ignored.</param>
    /// <param name="zUnit">The unit of the bins, recorded as the unit of <c>z</c>; null: pixels (<see cref="DetectionTable.Pixels"/>, the unit of <see cref="Physics.SampleObject.Z"/>).</param>
    /// <returns>The table, in pixels.</returns>
    public static DetectionTable FromVolumes(IReadOnlyList<Image<double>> volumes, Labels.AxialBins bins, double threshold = 0.5, int minimumVoxels = 1, string? zUnit = null)
    {
        ArgumentNullException.ThrowIfNull(volumes);
        ArgumentNullException.ThrowIfNull(bins);
        CheckThreshold(threshold);
        for (int frame = 0; frame < volumes.Count; frame++)
        {
            if (volumes[frame] is null || volumes[frame].Depth != bins.Count)
            {
                throw new ArgumentException($"The volume of frame {frame} is {(volumes[frame] is null ? "null" : $"{volumes[frame].Depth} planes")}; the bins are {bins}, one plane per bin.", nameof(volumes));
            }
        }

        if (minimumVoxels < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumVoxels), minimumVoxels, "ModelDetections.FromVolumes needs a minimum size of at least one voxel.");
        }

        var perFrame = new List<Detection>[volumes.Count];
        Parallel.For(0, volumes.Count, frame =>
        {
            perFrame[frame] = [.. VolumeSegmentation.Detect(volumes[frame], bins, threshold, minimumVoxels).Select(d =>
                new Detection(frame, d.Column, d.Row, new Dictionary<string, double> { ["z"] = d.Z, ["voxels"] = d.Voxels, ["signal"] = d.Score }))];
        });
        return new DetectionTable(perFrame.SelectMany(d => d), DetectionTable.Pixels, new Dictionary<string, string> { ["z"] = zUnit ?? DetectionTable.Pixels, ["voxels"] = "", ["signal"] = "" });
    }

    /// <summary>A maximum's position refined to sub-pixel precision.</summary>
    /// <param name="map">The 2-D map.</param>
    /// <param name="row">The maximum's row.</param>
    /// <param name="column">The maximum's column.</param>
    /// <param name="radius">The half-width of the window (<see cref="SubpixelMethod.Centroid"/> only).</param>
    /// <param name="method">The method.</param>
    /// <returns>The position in pixels; an axis whose neighbours lie outside the map keeps its pixel centre.</returns>
    public static PixelPosition Refine(Image<double> map, int row, int column, int radius, SubpixelMethod method)
    {
        ArgumentNullException.ThrowIfNull(map);
        if (row < 0 || row >= map.Height || column < 0 || column >= map.Width)
        {
            throw new ArgumentOutOfRangeException(nameof(row), string.Create(CultureInfo.InvariantCulture, $"({row}, {column}) is outside the {map.Height}×{map.Width} map."));
        }

        var pixels = map.AsReadOnlySpan();
        int width = map.Width, height = map.Height;
        switch (method)
        {
            case SubpixelMethod.Centroid:
            {
                int top = Math.Max(0, row - radius), bottom = Math.Min(height - 1, row + radius);
                int left = Math.Max(0, column - radius), right = Math.Min(width - 1, column + radius);
                double floor = double.PositiveInfinity;
                for (int r = top; r <= bottom; r++)
                {
                    for (int c = left; c <= right; c++)
                    {
                        floor = Math.Min(floor, pixels[(r * width) + c]);
                    }
                }

                double weight = 0, rows = 0, columns = 0;
                for (int r = top; r <= bottom; r++)
                {
                    for (int c = left; c <= right; c++)
                    {
                        double w = pixels[(r * width) + c] - floor;
                        weight += w;
                        rows += w * r;
                        columns += w * c;
                    }
                }

                return weight > 0 ? new PixelPosition(rows / weight, columns / weight) : new PixelPosition(row, column);
            }

            case SubpixelMethod.Quadratic or SubpixelMethod.Gaussian:
            {
                double value = pixels[(row * width) + column];
                double dr = row > 0 && row < height - 1 ? Vertex(pixels[((row - 1) * width) + column], value, pixels[((row + 1) * width) + column], method) : 0;
                double dc = column > 0 && column < width - 1 ? Vertex(pixels[(row * width) + column - 1], value, pixels[(row * width) + column + 1], method) : 0;
                return new PixelPosition(row + dr, column + dc);
            }

            default:
                return new PixelPosition(row, column);
        }
    }

    /// <summary>The offset (within ±½) of the vertex of the parabola through (−1, a), (0, b), (1, c), on logarithms for a Gaussian.</summary>
    private static double Vertex(double a, double b, double c, SubpixelMethod method)
    {
        if (method == SubpixelMethod.Gaussian && a > 0 && b > 0 && c > 0)
        {
            (a, b, c) = (Math.Log(a), Math.Log(b), Math.Log(c));
        }

        double curvature = a - (2 * b) + c;
        return curvature < 0 ? Math.Clamp((a - c) / (2 * curvature), -0.5, 0.5) : 0;
    }

    private static List<Detection> Maxima(Image<double> map, int frame, double threshold, int radius, SubpixelMethod refinement)
    {
        var pixels = map.AsReadOnlySpan();
        int height = map.Height, width = map.Width;
        var found = new List<Detection>();
        for (int row = 0; row < height; row++)
        {
            for (int column = 0; column < width; column++)
            {
                double value = pixels[(row * width) + column];
                if (!(value > threshold) || !IsMaximum(pixels, height, width, row, column, radius, value))
                {
                    continue;
                }

                double mass = 0;
                for (int r = Math.Max(0, row - radius); r <= Math.Min(height - 1, row + radius); r++)
                {
                    for (int c = Math.Max(0, column - radius); c <= Math.Min(width - 1, column + radius); c++)
                    {
                        mass += pixels[(r * width) + c];
                    }
                }

                var position = Refine(map, row, column, radius, refinement);
                found.Add(new Detection(frame, position.Column, position.Row, new Dictionary<string, double> { ["mass"] = mass, ["signal"] = value }));
            }
        }

        return found;
    }

    /// <summary>Whether no value in the window is larger, and none before it in row-major order is equal (one maximum per plateau).</summary>
    private static bool IsMaximum(ReadOnlySpan<double> pixels, int height, int width, int row, int column, int radius, double value)
    {
        for (int r = Math.Max(0, row - radius); r <= Math.Min(height - 1, row + radius); r++)
        {
            for (int c = Math.Max(0, column - radius); c <= Math.Min(width - 1, column + radius); c++)
            {
                double other = pixels[(r * width) + c];
                if (other > value || (other == value && (r < row || (r == row && c < column))))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static void CheckMaps(IReadOnlyList<Image<double>> maps)
    {
        ArgumentNullException.ThrowIfNull(maps);
        for (int frame = 0; frame < maps.Count; frame++)
        {
            if (maps[frame] is null || maps[frame].Depth != 1)
            {
                throw new ArgumentException($"The map of frame {frame} is {(maps[frame] is null ? "null" : $"{maps[frame].Depth} planes")}; detection needs one 2-D map (one channel) per frame.", nameof(maps));
            }
        }
    }

    private static void CheckThreshold(double threshold)
    {
        if (!double.IsFinite(threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The detection threshold must be a finite number.");
        }
    }
}
