using System;
using System.Collections.Generic;

namespace DeepTrack.Fluent.Analysis;

/// <summary>
/// Threshold and connected-component labelling: the classical way to find and count blobs (cells, nuclei,
/// segmented objects) in an image or in a network's output map.
/// </summary>
public static class ConnectedComponents
{
    /// <summary>
    /// Groups the pixels above <paramref name="threshold"/> of a 2-D image into 8-connected components and returns each
    /// component of at least <paramref name="minimumArea"/> pixels with its centroid weighted by the values above the
    /// threshold.
    /// </summary>
    /// <param name="image">A 2-D image (one plane).</param>
    /// <param name="threshold">Pixels with a value above it belong to objects.</param>
    /// <param name="minimumArea">Smaller components are ignored (≥ 1).</param>
    /// <returns>The components, ordered by first pixel (row-major).</returns>
    public static IReadOnlyList<ConnectedComponent> Find(Image<double> image, double threshold, int minimumArea = 1)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.Depth != 1)
        {
            throw new ArgumentException($"The image has {image.Depth} planes; connected components need a 2-D image (one channel).", nameof(image));
        }

        if (minimumArea < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumArea), minimumArea, "The minimum area must be at least one pixel.");
        }

        if (double.IsNaN(threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold must not be NaN.");
        }

        int height = image.Height, width = image.Width;
        var pixels = image.AsReadOnlySpan();
        var visited = new bool[pixels.Length];
        var stack = new Stack<int>();
        var components = new List<ConnectedComponent>();
        for (int start = 0; start < pixels.Length; start++)
        {
            if (visited[start] || !(pixels[start] > threshold))
            {
                continue;
            }

            double weight = 0, rowSum = 0, columnSum = 0, peak = double.MinValue;
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
                peak = Math.Max(peak, pixels[index]);
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
                components.Add(new ConnectedComponent(rowSum / weight, columnSum / weight, area, peak));
            }
        }

        return components;
    }

    /// <summary>The number of components of at least <paramref name="minimumArea"/> pixels above <paramref name="threshold"/>.</summary>
    /// <param name="image">A 2-D image (one plane).</param>
    /// <param name="threshold">Pixels with a value above it belong to objects.</param>
    /// <param name="minimumArea">Smaller components are not counted (≥ 1).</param>
    /// <returns>The count.</returns>
    public static int Count(Image<double> image, double threshold, int minimumArea = 1) => Find(image, threshold, minimumArea).Count;
}
