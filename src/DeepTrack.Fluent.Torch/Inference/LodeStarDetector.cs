using System;
using System.Collections.Generic;
using System.Linq;
using DeepTrack.Fluent.Tracking;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// Localises and detects objects with a trained <see cref="LodeStar"/> network (made by <see cref="LodeStarTrainer.Fit"/>):
/// every output pixel casts a weighted vote for a position; the weights, spread on the image grid at the voted
/// positions and smoothed, give a vote density whose local maxima are the candidate objects; the votes within
/// <see cref="ClusterRadius"/> of a maximum form its cluster, whose weighted mean is the object's position and whose
/// summed weight, relative to that of the training crop's object, is its <c>mass</c>. Clusters of mass at least
/// <see cref="Cutoff"/> are detections.
/// </summary>
public sealed class LodeStarDetector
{
    /// <summary>The smoothing of the vote density, in pixels (Gaussian standard deviation).</summary>
    private const double DensitySigma = 1;

    private readonly LodeStar model;
    private readonly double[] losses;

    /// <summary>Wraps a trained network.</summary>
    /// <param name="model">The network.</param>
    /// <param name="inputMean">Subtracted from every pixel before the network (the training crop's mean).</param>
    /// <param name="inputScale">Then multiplied into every pixel (one over the training crop's standard deviation).</param>
    /// <param name="referenceMass">The summed vote weight of one object (the training crop's); masses are reported relative to it.</param>
    /// <param name="trainingLosses">The loss of each training step.</param>
    /// <param name="trainingSeconds">How long the training took.</param>
    public LodeStarDetector(LodeStar model, double inputMean, double inputScale, double referenceMass, IReadOnlyList<double>? trainingLosses = null, double trainingSeconds = 0)
    {
        this.model = model ?? throw new ArgumentNullException(nameof(model));
        if (!double.IsFinite(inputMean) || !double.IsFinite(inputScale) || inputScale == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(inputScale), inputScale, $"LodeStarDetector needs a finite input mean and a finite, non-zero input scale; got mean {inputMean}, scale {inputScale}.");
        }

        if (!(referenceMass > 0) || !double.IsFinite(referenceMass))
        {
            throw new ArgumentOutOfRangeException(nameof(referenceMass), referenceMass, $"LodeStarDetector needs a finite reference mass > 0; got {referenceMass}.");
        }

        (InputMean, InputScale, ReferenceMass) = (inputMean, inputScale, referenceMass);
        losses = [.. trainingLosses ?? []];
        TrainingSeconds = trainingSeconds;
    }

    /// <summary>The value subtracted from every pixel before the network.</summary>
    public double InputMean { get; }

    /// <summary>The factor applied after the subtraction.</summary>
    public double InputScale { get; }

    /// <summary>The summed vote weight of one object: the training crop's.</summary>
    public double ReferenceMass { get; }

    /// <summary>The loss of each training step.</summary>
    public IReadOnlyList<double> TrainingLosses => losses;

    /// <summary>The training time in seconds.</summary>
    public double TrainingSeconds { get; }

    /// <summary>The radius, in pixels, within which votes belong to a cluster (default 2.5).</summary>
    public double ClusterRadius { get; init; } = 2.5;

    /// <summary>The least distance between two detections, in pixels: density maxima closer than this merge (default 3).</summary>
    public int Separation { get; init; } = 3;

    /// <summary>The least mass, relative to the training crop's object, of a detection (default 0.5).</summary>
    public double Cutoff { get; init; } = 0.5;

    /// <summary>
    /// Whether the network also sees every image in the 7 other orientations of the square (three rotations by 90°, four
    /// reflections; a non-square image is transposed as a whole) and the votes of all 8, each mapped back to the image's
    /// frame, are pooled with an eighth of their weight each (default <see langword="false"/>: the image as it is). The
    /// network is trained to turn its votes with the image; what it has not learnt exactly (a bias, or a mistake that
    /// depends on the orientation of the pattern, such as one learnt from the training crop's own noise) partly cancels,
    /// and positions and detections become exactly equivariant under these symmetries. Costs 8 forward passes per image.
    /// </summary>
    public bool AverageOrientations { get; init; }

    /// <summary>
    /// How <see cref="Locate(Image{double})"/> combines the votes (default <see cref="LodeStarLocalization.AllVotes"/>, LodeSTAR's
    /// single-object estimator; <see cref="LodeStarLocalization.StrongestCluster"/> where the image may hold other objects).
    /// </summary>
    public LodeStarLocalization Localization { get; init; }

    /// <summary>The position of the one object in <paramref name="image"/>, by <see cref="Localization"/>.</summary>
    /// <param name="image">A single-plane image.</param>
    /// <returns>The position (row, column) in pixels; the image's centre when no vote has weight.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="Localization"/> is not a defined value.</exception>
    public PixelPosition Locate(Image<double> image) => Locate(image, Localization);

    /// <summary>
    /// The position of the one object in <paramref name="image"/>: the weighted mean of all votes, or that of the votes
    /// within <see cref="ClusterRadius"/> of the cluster of the largest mass (mean shift from its vote-density maximum).
    /// </summary>
    /// <param name="image">A single-plane image.</param>
    /// <param name="localization">How the votes are combined (in place of <see cref="Localization"/>).</param>
    /// <returns>The position (row, column) in pixels; the image's centre when no vote has weight.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="localization"/> is not a defined value.</exception>
    public PixelPosition Locate(Image<double> image, LodeStarLocalization localization) => localization switch
    {
        LodeStarLocalization.AllVotes => MeanOfVotes(image),
        LodeStarLocalization.StrongestCluster => Strongest(image).Position,
        _ => throw new ArgumentOutOfRangeException(nameof(localization), localization, $"The localization is {(int)localization}, not a LodeStarLocalization."),
    };

    /// <summary>The objects in one frame: every cluster of mass at least <see cref="Cutoff"/>, with the property <c>mass</c>.</summary>
    /// <param name="frame">A single-plane image of any size (at least 2×2).</param>
    /// <param name="frameIndex">The frame number written into the detections.</param>
    /// <returns>The detections, largest mass first.</returns>
    public IReadOnlyList<Detection> Detect(Image<double> frame, int frameIndex = 0)
        => [.. Clusters(frame).Where(c => c.Mass >= Cutoff)
            .Select(c => Detection.At(frameIndex, c.Position, new Dictionary<string, double> { ["mass"] = c.Mass }))];

    /// <summary>The objects in every frame, as a table for <see cref="TrajectoryLinker"/> (frame <c>f</c> is <paramref name="frames"/>[f]).</summary>
    /// <param name="frames">The frames.</param>
    /// <returns>The table, in pixels, with the property <c>mass</c>.</returns>
    public DetectionTable Detect(IReadOnlyList<Image<double>> frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        var detections = new List<Detection>();
        for (int f = 0; f < frames.Count; f++)
        {
            detections.AddRange(Detect(frames[f] ?? throw new ArgumentException($"Frame {f} is null.", nameof(frames)), f));
        }

        return new DetectionTable(detections, DetectionTable.Pixels, new Dictionary<string, string> { ["mass"] = "" });
    }

    /// <summary>The smoothed vote density of <paramref name="image"/> on its pixel grid (for display).</summary>
    /// <param name="image">A single-plane image.</param>
    /// <returns>The density, same size as the image.</returns>
    public Image<double> VoteDensity(Image<double> image) => Density(Votes(image), image.Height, image.Width);

    /// <summary>The weighted mean of every vote (the image's centre when their weights sum to zero).</summary>
    private PixelPosition MeanOfVotes(Image<double> image)
    {
        var (rows, columns, weights) = Votes(image);
        double sum = 0, row = 0, column = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            sum += weights[i];
            row += weights[i] * rows[i];
            column += weights[i] * columns[i];
        }

        return sum > 0 ? new PixelPosition(row / sum, column / sum) : new PixelPosition((image.Height - 1) / 2.0, (image.Width - 1) / 2.0);
    }

    /// <summary>The cluster of the largest mass (mass 0 at the image centre when no vote lands inside the image).</summary>
    internal (PixelPosition Position, double Mass) Strongest(Image<double> image)
    {
        var clusters = Clusters(image);
        return clusters.Count > 0 ? clusters[0] : (new PixelPosition((image.Height - 1) / 2.0, (image.Width - 1) / 2.0), 0);
    }

    /// <summary>Every cluster around a local maximum of the vote density, largest mass first.</summary>
    private List<(PixelPosition Position, double Mass)> Clusters(Image<double> image)
    {
        var votes = Votes(image);
        var density = Density(votes, image.Height, image.Width);
        var maxima = Maxima(density, Separation);
        var taken = new bool[votes.Weight.Length];
        var clusters = new List<(PixelPosition, double)>();
        double radius2 = ClusterRadius * ClusterRadius;
        foreach (var (row, column) in maxima)
        {
            // Mean shift from the maximum: the weighted mean of the free votes within the radius, three times.
            double r0 = row, c0 = column, mass = 0;
            for (int iteration = 0; iteration < 3; iteration++)
            {
                double sum = 0, sr = 0, sc = 0;
                for (int i = 0; i < votes.Weight.Length; i++)
                {
                    double dr = votes.Row[i] - r0, dc = votes.Column[i] - c0;
                    if (!taken[i] && (dr * dr) + (dc * dc) <= radius2)
                    {
                        sum += votes.Weight[i];
                        sr += votes.Weight[i] * votes.Row[i];
                        sc += votes.Weight[i] * votes.Column[i];
                    }
                }

                if (sum <= 0)
                {
                    break;
                }

                (r0, c0, mass) = (sr / sum, sc / sum, sum);
            }

            if (mass <= 0)
            {
                continue;
            }

            for (int i = 0; i < votes.Weight.Length; i++)
            {
                double dr = votes.Row[i] - r0, dc = votes.Column[i] - c0;
                taken[i] |= (dr * dr) + (dc * dc) <= radius2;
            }

            clusters.Add((new PixelPosition(r0, c0), mass / ReferenceMass));
        }

        clusters.Sort((a, b) => b.Item2.CompareTo(a.Item2));
        return clusters;
    }

    /// <summary>
    /// The network's votes on one image: voted row, voted column and weight of every output pixel; with
    /// <see cref="AverageOrientations"/> those of the 8 orientations, in the image's frame, each weight divided by 8.
    /// </summary>
    private (float[] Row, float[] Column, float[] Weight) Votes(Image<double> image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.Depth != 1)
        {
            throw new ArgumentException($"LodeStarDetector works on single-plane images; got {image.Depth} planes.", nameof(image));
        }

        var pixels = image.AsReadOnlySpan();
        var input = new float[pixels.Length];
        for (int i = 0; i < input.Length; i++)
        {
            input[i] = (float)((pixels[i] - InputMean) * InputScale);
        }

        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        model.eval();
        var batch = tensor(input, [1, 1, image.Height, image.Width]);
        int orientations = AverageOrientations ? 8 : 1;
        var (rows, columns, weights) = (new List<float>(), new List<float>(), new List<float>());
        for (int k = 0; k < orientations; k++)
        {
            bool transpose = (k & 4) != 0, mirrorColumns = (k & 1) != 0, mirrorRows = (k & 2) != 0;
            var view = transpose ? batch.transpose(2, 3) : batch;
            view = mirrorColumns ? view.flip(3) : view;
            view = mirrorRows ? view.flip(2) : view;
            var output = model.forward(view.contiguous())[0].flatten(1);
            var (row, column, weight) = (output[0].data<float>().ToArray(), output[1].data<float>().ToArray(), output[2].data<float>().ToArray());
            // Undo the mirrors in the orientation's own frame, then the transpose (swap row and column).
            int viewHeight = transpose ? image.Width : image.Height, viewWidth = transpose ? image.Height : image.Width;
            for (int i = 0; i < row.Length; i++)
            {
                float r = mirrorRows ? viewHeight - 1 - row[i] : row[i];
                float c = mirrorColumns ? viewWidth - 1 - column[i] : column[i];
                rows.Add(transpose ? c : r);
                columns.Add(transpose ? r : c);
                weights.Add(weight[i] / orientations);
            }
        }

        return ([.. rows], [.. columns], [.. weights]);
    }

    /// <summary>The weights spread bilinearly at the voted positions, smoothed by a Gaussian of <see cref="DensitySigma"/>.</summary>
    private static Image<double> Density((float[] Row, float[] Column, float[] Weight) votes, int height, int width)
    {
        var grid = new double[height * width];
        for (int i = 0; i < votes.Weight.Length; i++)
        {
            double r = votes.Row[i], c = votes.Column[i];
            if (!(r > -1 && r < height && c > -1 && c < width))
            {
                continue;
            }

            int r0 = (int)Math.Floor(r), c0 = (int)Math.Floor(c);
            double fr = r - r0, fc = c - c0;
            for (int dr = 0; dr <= 1; dr++)
            {
                for (int dc = 0; dc <= 1; dc++)
                {
                    int rr = r0 + dr, cc = c0 + dc;
                    if (rr >= 0 && rr < height && cc >= 0 && cc < width)
                    {
                        grid[(rr * width) + cc] += votes.Weight[i] * (dr == 1 ? fr : 1 - fr) * (dc == 1 ? fc : 1 - fc);
                    }
                }
            }
        }

        int half = (int)Math.Ceiling(3 * DensitySigma);
        var kernel = Enumerable.Range(-half, (2 * half) + 1).Select(k => Math.Exp(-k * k / (2 * DensitySigma * DensitySigma))).ToArray();
        var across = new double[grid.Length];
        var result = new Image<double>(height, width);
        for (int r = 0; r < height; r++)
        {
            for (int c = 0; c < width; c++)
            {
                double sum = 0;
                for (int k = -half; k <= half; k++)
                {
                    int cc = c + k;
                    sum += cc >= 0 && cc < width ? kernel[k + half] * grid[(r * width) + cc] : 0;
                }

                across[(r * width) + c] = sum;
            }
        }

        for (int r = 0; r < height; r++)
        {
            for (int c = 0; c < width; c++)
            {
                double sum = 0;
                for (int k = -half; k <= half; k++)
                {
                    int rr = r + k;
                    sum += rr >= 0 && rr < height ? kernel[k + half] * across[(rr * width) + c] : 0;
                }

                result[r, c] = sum;
            }
        }

        return result;
    }

    /// <summary>The pixels that hold the largest positive value within <paramref name="radius"/> (the first on a plateau), highest first.</summary>
    private static List<(int Row, int Column)> Maxima(Image<double> density, int radius)
    {
        int height = density.Height, width = density.Width;
        var found = new List<(int, int, double)>();
        for (int r = 0; r < height; r++)
        {
            for (int c = 0; c < width; c++)
            {
                double v = density[r, c];
                if (!(v > 0))
                {
                    continue;
                }

                bool maximum = true;
                for (int rr = Math.Max(0, r - radius); maximum && rr <= Math.Min(height - 1, r + radius); rr++)
                {
                    for (int cc = Math.Max(0, c - radius); cc <= Math.Min(width - 1, c + radius); cc++)
                    {
                        double u = density[rr, cc];
                        if (u > v || (u == v && ((rr * width) + cc) < ((r * width) + c)))
                        {
                            maximum = false;
                            break;
                        }
                    }
                }

                if (maximum)
                {
                    found.Add((r, c, v));
                }
            }
        }

        return [.. found.OrderByDescending(m => m.Item3).Select(m => (m.Item1, m.Item2))];
    }
}
