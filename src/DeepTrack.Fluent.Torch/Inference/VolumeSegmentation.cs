using System;
using System.Collections.Generic;
using DeepTrack.Fluent.Labels;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// Turns a predicted volume (one plane per z bin, the output of a U-Net trained on <see cref="VolumeMask"/> labels) into
/// 3-D detections: x, y and z of every object.
/// </summary>
public static class VolumeSegmentation
{
    /// <summary>
    /// Groups the voxels above <paramref name="threshold"/> into 26-connected components (neighbours in row, column and bin,
    /// diagonals included) and returns each component of at least <paramref name="minimumVoxels"/> voxels at its centroid
    /// weighted by the values above the threshold. The centroid's bin coordinate is the weighted mean of the bins the
    /// component covers, so z is interpolated between bin centres (a sphere label spanning several bins gives z to a
    /// fraction of a bin), then converted with <see cref="AxialBins.ToZ"/>.
    /// </summary>
    /// <param name="volume">The prediction for one image: Height × Width × <see cref="AxialBins.Count"/> (plane = bin). Pass probabilities (σ of the logits) for the best weights.</param>
    /// <param name="bins">The z bins the network was trained on.</param>
    /// <param name="threshold">Voxels with a value above it belong to objects (0.5 for probabilities, 0 for logits).</param>
    /// <param name="minimumVoxels">Smaller components are ignored (≥ 1).</param>
    /// <returns>The detections, ordered by first voxel (plane-major, then row-major).</returns>
    /// <exception cref="ArgumentException">The volume's planes are not the bins' count.</exception>
    public static IReadOnlyList<VolumeDetection> Detect(Image<double> volume, AxialBins bins, double threshold = 0.5, int minimumVoxels = 1)
    {
        ArgumentNullException.ThrowIfNull(volume);
        ArgumentNullException.ThrowIfNull(bins);
        if (volume.Depth != bins.Count)
        {
            throw new ArgumentException($"The volume has {volume.Depth} planes but the bins are {bins}: a volume needs one plane per z bin.", nameof(volume));
        }

        if (!double.IsFinite(threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The detection threshold must be a finite number.");
        }

        if (minimumVoxels < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumVoxels), minimumVoxels, "The minimum size must be at least one voxel.");
        }

        int height = volume.Height, width = volume.Width, depth = volume.Depth, plane = height * width;
        var voxels = volume.AsReadOnlySpan();
        var visited = new bool[voxels.Length];
        var stack = new Stack<int>();
        var detections = new List<VolumeDetection>();
        for (int start = 0; start < voxels.Length; start++)
        {
            if (visited[start] || !(voxels[start] > threshold))
            {
                continue;
            }

            double weight = 0, rowSum = 0, columnSum = 0, binSum = 0, score = double.MinValue;
            int count = 0;
            visited[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                int index = stack.Pop();
                int bin = index / plane, row = index % plane / width, column = index % width;
                double w = voxels[index] - threshold;
                weight += w;
                rowSum += w * row;
                columnSum += w * column;
                binSum += w * bin;
                score = Math.Max(score, voxels[index]);
                count++;
                for (int db = -1; db <= 1; db++)
                {
                    int b = bin + db;
                    if (b < 0 || b >= depth)
                    {
                        continue;
                    }

                    for (int dr = -1; dr <= 1; dr++)
                    {
                        int r = row + dr;
                        if (r < 0 || r >= height)
                        {
                            continue;
                        }

                        for (int dc = -1; dc <= 1; dc++)
                        {
                            int c = column + dc;
                            if (c < 0 || c >= width)
                            {
                                continue;
                            }

                            int neighbour = (b * plane) + (r * width) + c;
                            if (!visited[neighbour] && voxels[neighbour] > threshold)
                            {
                                visited[neighbour] = true;
                                stack.Push(neighbour);
                            }
                        }
                    }
                }
            }

            if (count >= minimumVoxels)
            {
                double centre = binSum / weight;
                detections.Add(new VolumeDetection(rowSum / weight, columnSum / weight, centre, bins.ToZ(centre), count, score));
            }
        }

        return detections;
    }
}
