using System;
using System.Collections.Generic;

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

        int height = map.Height, width = map.Width;
        var pixels = map.AsReadOnlySpan();
        var visited = new bool[pixels.Length];
        var stack = new Stack<int>();
        var detections = new List<SegmentedObject>();
        for (int start = 0; start < pixels.Length; start++)
        {
            if (visited[start] || !(pixels[start] > threshold))
            {
                continue;
            }

            double weight = 0, rowSum = 0, columnSum = 0, score = double.MinValue;
            int area = 0;
            visited[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                int index = stack.Pop();
                int row = index / width, column = index % width;
                double w = pixels[index] - threshold;
                weight += w;
                rowSum += w * row;
                columnSum += w * column;
                score = Math.Max(score, pixels[index]);
                area++;
                for (int dr = -1; dr <= 1; dr++)
                {
                    for (int dc = -1; dc <= 1; dc++)
                    {
                        int r = row + dr, c = column + dc;
                        if (r < 0 || r >= height || c < 0 || c >= width)
                        {
                            continue;
                        }

                        int neighbour = r * width + c;
                        if (!visited[neighbour] && pixels[neighbour] > threshold)
                        {
                            visited[neighbour] = true;
                            stack.Push(neighbour);
                        }
                    }
                }
            }

            if (area >= minimumArea)
            {
                detections.Add(new SegmentedObject(rowSum / weight, columnSum / weight, area, score));
            }
        }

        return detections;
    }
}
