using System;
using System.Linq;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Analysis;
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
    public static SampleEncoder<Image<double>> Encoder(BrightfieldParticle particle)
        => SampleEncoder.From<Image<double>>(Standardise).WithNumberLabels(2, image =>
        {
            var p = image.Get(particle, q => q.Position).Single();
            return [(p.Column - Scale) / Scale, (p.Row - Scale) / Scale];
        });

    /// <summary>Zero mean, unit standard deviation: the network sees the pattern, not the background level.</summary>
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

    /// <summary>Predicted (x, y) in pixels for each sample of a set.</summary>
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

    /// <summary>CNN and radial center on <paramref name="count"/> test images of one SNR level.</summary>
    public static SnrResult Evaluate(nn.Module<Tensor, Tensor> model, BrightfieldParticle level, ulong seed, int count)
    {
        var images = level.Build(seed).Generate(count);
        var truth = images.Select(i => i.Get(level, p => p.Position).Single()).ToArray();
        var set = SampleSet.Generate(level.Build(seed), Encoder(level), count);
        var cnn = Predict(model, set);
        var radial = images.Select(i => RadialCenter.Locate(i.AsReadOnlySpan(), i.Height, i.Width)).ToArray();
        double cnnError = Enumerable.Range(0, count).Average(i => Distance(cnn[i].X, cnn[i].Y, truth[i]));
        var radialErrors = Enumerable.Range(0, count).Select(i => Distance(radial[i].X, radial[i].Y, truth[i])).ToArray();
        var found = radialErrors.Where(double.IsFinite).ToArray();
        return new SnrResult(level.SignalToNoise, cnnError, found.Length > 0 ? found.Average() : double.NaN, count - found.Length,
            truth.Take(3).Select(p => $"{p.Column:F2},{p.Row:F2}").ToArray());
    }

    private static double Distance(double x, double y, PixelPosition truth)
        => Math.Sqrt((x - truth.Column) * (x - truth.Column) + (y - truth.Row) * (y - truth.Row));
}
