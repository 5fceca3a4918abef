using System;
using System.Collections.Generic;
using System.Linq;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Analysis;
using DeepTrack.Fluent.Augmentations;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Physics.Mie;
using DeepTrack.Fluent.Torch;
using TorchSharp;
using static TorchSharp.torch;

namespace ParticleLocalization;

/// <summary>
/// How images and positions are presented to the two networks, the two-step localisation (the whole image, then a window
/// around the first estimate), and the evaluation on a test set.
/// </summary>
public static class Localization
{
    /// <summary>Positions are given to the first network as (position − 25) / 25, so the image spans about [−1, 1].</summary>
    public const double Scale = 25;

    /// <summary>The refinement network's window: 21×21 pixels, the largest square around a particle 10–40 that fits in the image.</summary>
    public const int Window = 21;

    /// <summary>The window's centre pixel (row and column).</summary>
    public const int Half = Window / 2;

    /// <summary>The refinement network's range: offsets up to ±3 pixels from the window's centre, given as offset / 3.</summary>
    public const double FineRange = 3;

    /// <summary>Standardised images in, normalised (x, y) of <paramref name="particle"/> out.</summary>
    /// <param name="particle">The particle whose position is the label.</param>
    /// <returns>The encoder.</returns>
    public static SampleEncoder<Image<double>> Encoder(MieSphere particle) => Labelled(particle, Scale, Scale);

    /// <summary>Standardised windows in, the offset of <paramref name="particle"/> from the window's centre / <see cref="FineRange"/> out.</summary>
    /// <param name="particle">The particle whose position (in the window's frame) is the label.</param>
    /// <returns>The encoder.</returns>
    public static SampleEncoder<Image<double>> WindowEncoder(MieSphere particle) => Labelled(particle, Half, FineRange);

    /// <summary>The refinement network's training window: the <see cref="Window"/>×<see cref="Window"/> pixels around the image's centre.</summary>
    public static Crop<double> CentreWindow { get; } = WindowAt(Scale, Scale);

    /// <summary>Zero mean, unit standard deviation: the network sees the pattern, not the background level.</summary>
    /// <param name="image">The image.</param>
    /// <returns>The standardised image.</returns>
    public static Image<double> Standardise(Image<double> image)
    {
        var pixels = image.AsReadOnlySpan();
        double mean = 0;
        foreach (double v in pixels)
        {
            mean += v;
        }

        mean /= pixels.Length;
        double variance = 0;
        foreach (double v in pixels)
        {
            variance += (v - mean) * (v - mean);
        }

        double scale = 1 / Math.Sqrt(variance / pixels.Length + 1e-12);
        return image.Map(v => (v - mean) * scale);
    }

    /// <summary>
    /// The images a classical method is also given, encoded for the network: the same pixels, without simulating them a
    /// second time through <see cref="SampleSet.Generate"/>.
    /// </summary>
    /// <param name="images">The images, sample i at index i.</param>
    /// <param name="encoder">The encoder.</param>
    /// <returns>The set.</returns>
    public static SampleSet Encode(IReadOnlyList<Image<double>> images, SampleEncoder<Image<double>> encoder)
    {
        SampleShape? shape = null;
        var encoded = new EncodedSample[images.Count];
        for (int i = 0; i < encoded.Length; i++)
        {
            encoded[i] = encoder.Encode(images[i], i, out shape);
        }

        return new SampleSet(encoded, shape!);
    }

    /// <summary>
    /// Predicted (x, y) in pixels for each sample of a set, averaged over the 8 symmetries of the square
    /// (<see cref="SquareSymmetries.AveragePositions"/>).
    /// </summary>
    /// <param name="model">A network that outputs (x − <paramref name="centre"/>) / <paramref name="scale"/> and (y − <paramref name="centre"/>) / <paramref name="scale"/>.</param>
    /// <param name="set">The samples.</param>
    /// <param name="centre">The image's centre pixel.</param>
    /// <param name="scale">Pixels per output unit.</param>
    /// <returns>(column, row) of each sample.</returns>
    public static (double X, double Y)[] Predict(nn.Module<Tensor, Tensor> model, SampleSet set, double centre = Scale, double scale = Scale)
    {
        var result = new (double X, double Y)[set.Count];
        for (int from = 0; from < set.Count; from += 250)
        {
            using var scope = NewDisposeScope();
            var batch = set.Batch(from, Math.Min(250, set.Count - from));
            var output = SquareSymmetries.AveragePositions(model, batch.Inputs).data<float>().ToArray();
            for (int i = 0; i < batch.Count; i++)
            {
                result[from + i] = (centre + scale * output[2 * i], centre + scale * output[2 * i + 1]);
            }
        }

        return result;
    }

    /// <summary>
    /// The two-step localisation: the first network on the whole image, then the refinement network, twice, on the
    /// <see cref="Window"/>×<see cref="Window"/> window around the last estimate.
    /// </summary>
    /// <param name="model">The first network (whole images).</param>
    /// <param name="refinement">The refinement network (windows).</param>
    /// <param name="images">The images.</param>
    /// <param name="particle">The particle feature (its ground truth is not used).</param>
    /// <returns>The first network's estimate and the refined one, (column, row) of each image.</returns>
    public static ((double X, double Y)[] First, (double X, double Y)[] Refined) Locate(
        nn.Module<Tensor, Tensor> model, nn.Module<Tensor, Tensor> refinement, IReadOnlyList<Image<double>> images, MieSphere particle)
    {
        var first = Predict(model, Encode(images, Encoder(particle)));
        var refined = first;
        for (int pass = 0; pass < 2; pass++)
        {
            var corners = refined.Select(p => (Left: Corner(p.X, images[0].Width), Top: Corner(p.Y, images[0].Height))).ToArray();
            var windows = images.Select((image, i) => WindowAt(corners[i].Left + Half, corners[i].Top + Half).Apply(image)).ToArray();
            refined = Predict(refinement, Encode(windows, WindowEncoder(particle)), Half, FineRange)
                .Select((p, i) => (p.X + corners[i].Left, p.Y + corners[i].Top)).ToArray();
        }

        return (first, refined);
    }

    /// <summary>
    /// The two networks, radial center and centroid on the same <paramref name="count"/> test images of one SNR level.
    /// Radial center works on the raw image; the centroid on |I − 1| (the particle's deviation from the background),
    /// thresholded by <see cref="Centroid.DefaultThreshold"/>.
    /// </summary>
    /// <param name="model">The first network.</param>
    /// <param name="refinement">The refinement network.</param>
    /// <param name="particle">The particle feature.</param>
    /// <param name="signalToNoise">The SNR of the test images.</param>
    /// <param name="seed">The test images' seed: the same particles and noise draws at every level.</param>
    /// <param name="count">Test images.</param>
    /// <returns>The mean errors.</returns>
    public static SnrResult Evaluate(nn.Module<Tensor, Tensor> model, nn.Module<Tensor, Tensor> refinement, MieSphere particle, double signalToNoise, ulong seed, int count)
    {
        var pipeline = Microscope.Image(particle, signalToNoise).Build(seed);
        var images = pipeline.Generate(count);
        var truth = images.Select(i => i.Get(particle, p => p.Position).Single()).ToArray();
        var (first, cnn) = Locate(model, refinement, images, particle);
        var radial = images.Select(i => RadialCenter.Locate(i.AsReadOnlySpan(), i.Height, i.Width)).ToArray();
        var centroid = images.Select(i =>
        {
            var deviation = i.Map(v => Math.Abs(v - 1));
            return Centroid.Locate(deviation.AsReadOnlySpan(), i.Height, i.Width);
        }).ToArray();
        double firstError = Enumerable.Range(0, count).Average(i => Distance(first[i].X, first[i].Y, truth[i]));
        double cnnError = Enumerable.Range(0, count).Average(i => Distance(cnn[i].X, cnn[i].Y, truth[i]));
        var (radialError, radialMissed) = Mean(Enumerable.Range(0, count).Select(i => Distance(radial[i].X, radial[i].Y, truth[i])));
        var (centroidError, centroidMissed) = Mean(Enumerable.Range(0, count).Select(i => Distance(centroid[i].X, centroid[i].Y, truth[i])));
        return new SnrResult(signalToNoise, cnnError, firstError, radialError, radialMissed, centroidError, centroidMissed,
            truth.Take(3).Select(p => $"{p.Column:F2},{p.Row:F2}").ToArray());
    }

    /// <summary>
    /// Standardised images in, the position of <paramref name="particle"/> as ((column − <paramref name="centre"/>) / <paramref name="scale"/>,
    /// (row − <paramref name="centre"/>) / <paramref name="scale"/>) out; with the image's centre as <paramref name="centre"/>,
    /// as <see cref="Predict"/>'s averaging over the symmetries of the square requires.
    /// </summary>
    /// <param name="particle">The particle whose position is the label.</param>
    /// <param name="centre">The pixel the positions are measured from (row and column).</param>
    /// <param name="scale">Pixels per label unit.</param>
    /// <returns>The encoder.</returns>
    public static SampleEncoder<Image<double>> Labelled(Scatterer particle, double centre, double scale)
        => SampleEncoder.From<Image<double>>(Standardise).WithNumberLabels(2, image =>
        {
            var p = image.Get(particle, q => q.Position).Single();
            return [(p.Column - centre) / scale, (p.Row - centre) / scale];
        });

    private static Crop<double> WindowAt(double x, double y)
        => new Crop<double>().WithLeft((int)x - Half).WithTop((int)y - Half).WithWidth(Window).WithHeight(Window);

    // The window's first column (row) for an estimate: centred on the nearest pixel, kept inside the image.
    private static int Corner(double estimate, int size) => Math.Clamp((int)Math.Round(estimate), Half, size - 1 - Half) - Half;

    private static (double Mean, int NotFound) Mean(IEnumerable<double> errors)
    {
        var all = errors.ToArray();
        var found = all.Where(double.IsFinite).ToArray();
        return (found.Length > 0 ? found.Average() : double.NaN, all.Length - found.Length);
    }

    private static double Distance(double x, double y, PixelPosition truth)
        => Math.Sqrt((x - truth.Column) * (x - truth.Column) + (y - truth.Row) * (y - truth.Row));
}
