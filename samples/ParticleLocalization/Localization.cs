using System;
using System.Collections.Generic;
using System.Linq;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Analysis;
using DeepTrack.Fluent.Physics.Mie;
using DeepTrack.Fluent.Torch;
using TorchSharp;
using static TorchSharp.torch;

namespace ParticleLocalization;

/// <summary>How images and positions are presented to the network, and the evaluation on a test set.</summary>
public static class Localization
{
    /// <summary>Positions are given to the network as (position − 25) / 25, so the image spans about [−1, 1].</summary>
    public const double Scale = 25;

    /// <summary>Standardised images in, normalised (x, y) of <paramref name="particle"/> out.</summary>
    /// <param name="particle">The particle whose position is the label.</param>
    /// <returns>The encoder.</returns>
    public static SampleEncoder<Image<double>> Encoder(MieSphere particle)
        => SampleEncoder.From<Image<double>>(Standardise).WithNumberLabels(2, image =>
        {
            var p = image.Get(particle, q => q.Position).Single();
            return [(p.Column - Scale) / Scale, (p.Row - Scale) / Scale];
        });

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

    /// <summary>Predicted (x, y) in pixels for each sample of a set.</summary>
    /// <param name="model">A network that outputs (x − 25) / 25 and (y − 25) / 25.</param>
    /// <param name="set">The samples.</param>
    /// <returns>(column, row) of each sample.</returns>
    public static (double X, double Y)[] Predict(nn.Module<Tensor, Tensor> model, SampleSet set)
    {
        model.eval();
        using var noGrad = no_grad();
        var result = new (double X, double Y)[set.Count];
        for (int from = 0; from < set.Count; from += 250)
        {
            using var scope = NewDisposeScope();
            var batch = set.Batch(from, Math.Min(250, set.Count - from));
            var output = model.forward(batch.Inputs).data<float>().ToArray();
            for (int i = 0; i < batch.Count; i++)
            {
                result[from + i] = (Scale + Scale * output[2 * i], Scale + Scale * output[2 * i + 1]);
            }
        }

        return result;
    }

    /// <summary>
    /// The CNN, radial center and centroid on the same <paramref name="count"/> test images of one SNR level. Radial center
    /// works on the raw image; the centroid on |I − 1| (the particle's deviation from the background), thresholded by
    /// <see cref="Centroid.DefaultThreshold"/>.
    /// </summary>
    /// <param name="model">The trained network.</param>
    /// <param name="particle">The particle feature.</param>
    /// <param name="signalToNoise">The SNR of the test images.</param>
    /// <param name="seed">The test images' seed: the same particles and noise draws at every level.</param>
    /// <param name="count">Test images.</param>
    /// <returns>The mean errors.</returns>
    public static SnrResult Evaluate(nn.Module<Tensor, Tensor> model, MieSphere particle, double signalToNoise, ulong seed, int count)
    {
        var pipeline = Microscope.Image(particle, signalToNoise).Build(seed);
        var images = pipeline.Generate(count);
        var truth = images.Select(i => i.Get(particle, p => p.Position).Single()).ToArray();
        var cnn = Predict(model, Encode(images, Encoder(particle)));
        var radial = images.Select(i => RadialCenter.Locate(i.AsReadOnlySpan(), i.Height, i.Width)).ToArray();
        var centroid = images.Select(i =>
        {
            var deviation = i.Map(v => Math.Abs(v - 1));
            return Centroid.Locate(deviation.AsReadOnlySpan(), i.Height, i.Width);
        }).ToArray();
        double cnnError = Enumerable.Range(0, count).Average(i => Distance(cnn[i].X, cnn[i].Y, truth[i]));
        var (radialError, radialMissed) = Mean(Enumerable.Range(0, count).Select(i => Distance(radial[i].X, radial[i].Y, truth[i])));
        var (centroidError, centroidMissed) = Mean(Enumerable.Range(0, count).Select(i => Distance(centroid[i].X, centroid[i].Y, truth[i])));
        return new SnrResult(signalToNoise, cnnError, radialError, radialMissed, centroidError, centroidMissed,
            truth.Take(3).Select(p => $"{p.Column:F2},{p.Row:F2}").ToArray());
    }

    private static (double Mean, int NotFound) Mean(IEnumerable<double> errors)
    {
        var all = errors.ToArray();
        var found = all.Where(double.IsFinite).ToArray();
        return (found.Length > 0 ? found.Average() : double.NaN, all.Length - found.Length);
    }

    private static double Distance(double x, double y, PixelPosition truth)
        => Math.Sqrt((x - truth.Column) * (x - truth.Column) + (y - truth.Row) * (y - truth.Row));
}
