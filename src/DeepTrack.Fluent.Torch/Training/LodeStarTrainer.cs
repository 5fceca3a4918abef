using System;
using System.Diagnostics;
using DeepTrack.Fluent.Augmentations;
using DeepTrack.Fluent.Noise;
using DeepTrack.Fluent.Processing;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// Trains a <see cref="LodeStar"/> network without labels, from one crop of the object (Midtvedt et al. 2022): each step
/// makes <see cref="LodeStarOptions.Copies"/> copies of the crop, each mirrored (at random), rotated about the crop's
/// centre and shifted by the library's augmentations (<see cref="FlipLeftRight{T}"/>, <see cref="Affine{T}"/> with
/// reflecting borders), scaled by a contrast factor (<see cref="LodeStarOptions.Contrast"/>), with fresh noise of a drawn
/// level and a background offset (<see cref="GaussianNoise"/>, <see cref="LodeStarOptions.MaxNoise"/>,
/// <see cref="LodeStarOptions.MaxOffset"/>), and asks the network's weighted mean vote of each copy, mapped back through the inverse of its
/// transform, to agree with the others' (between-image term, L1) and each copy's votes to agree with their weighted
/// mean (within-image term, weighted L1). Only a point that moves with the object satisfies both: the network learns to
/// localise it.
/// </summary>
/// <param name="model">The network to train (its weights change).</param>
/// <param name="options">The training settings.</param>
public sealed class LodeStarTrainer(LodeStar model, LodeStarOptions options)
{
    private readonly LodeStar model = model ?? throw new ArgumentNullException(nameof(model));
    private readonly LodeStarOptions options = Check(options);

    /// <summary>Trains on <paramref name="crop"/> and returns the detector, its input normalisation taken from the crop.</summary>
    /// <param name="crop">One object, roughly in the middle, single plane; e.g. cut with <see cref="Crop{T}"/> from a frame read from a file. At least 8×8 pixels.</param>
    /// <returns>The detector, with the loss of every step and the mass of the crop's object as its reference.</returns>
    public LodeStarDetector Fit(Image<double> crop)
    {
        ArgumentNullException.ThrowIfNull(crop);
        if (crop.Depth != 1 || crop.Height < 8 || crop.Width < 8)
        {
            throw new ArgumentException($"LodeStarTrainer needs a single-plane crop of at least 8×8 pixels; got {crop.Height}×{crop.Width}×{crop.Depth}.", nameof(crop));
        }

        var (mean, scale) = Normalisation(crop);
        var normalised = crop.Map(v => (v - mean) * scale);
        var random = new RandomStream(options.Seed);
        var losses = new double[options.Steps];
        var clock = Stopwatch.StartNew();
        model.train();
        using var optimizer = optim.Adam(model.parameters(), options.LearningRate);
        double centreRow = (crop.Height - 1) / 2.0, centreColumn = (crop.Width - 1) / 2.0;
        int n = options.Copies, pixels = crop.Height * crop.Width;
        for (int step = 0; step < options.Steps; step++)
        {
            using var scope = NewDisposeScope();
            var inputs = new float[n * pixels];
            var inverse = new float[n * 4];
            var offsets = new float[n * 2];
            for (int k = 0; k < n; k++)
            {
                bool flip = options.Flip && random.NextDouble() < 0.5;
                double angle = options.Rotate ? random.NextDouble(-Math.PI, Math.PI) : 0;
                double shiftRows = random.NextDouble(-options.MaxTranslation, options.MaxTranslation);
                double shiftColumns = random.NextDouble(-options.MaxTranslation, options.MaxTranslation);
                var source = flip ? new FlipLeftRight<double>().Apply(normalised) : normalised;
                var copy = new Affine<double>().WithRotation(angle).WithTranslateRows(shiftRows).WithTranslateColumns(shiftColumns)
                    .WithMode(BorderMode.Reflect).Apply(source);
                double contrast = Math.Exp(Draw(random, Math.Log(options.Contrast.Low), Math.Log(options.Contrast.High)));
                if (contrast != 1)
                {
                    copy = copy.Map(v => v * contrast);
                }

                double sigma = Draw(random, options.Noise, options.MaxNoise ?? options.Noise);
                double offset = Draw(random, -options.MaxOffset, options.MaxOffset);
                if (sigma > 0 || offset != 0)
                {
                    copy = new GaussianNoise().WithSigma(sigma).WithMean(offset).Apply(copy, random.NextUInt64());
                }

                var values = copy.AsReadOnlySpan();
                for (int i = 0; i < pixels; i++)
                {
                    inputs[(k * pixels) + i] = (float)values[i];
                }

                // The copy maps an offset d from the centre to R·F·d + t (F mirrors the column); its inverse is F·Rᵀ·(p − c − t).
                double cos = Math.Cos(angle), sin = Math.Sin(angle), mirror = flip ? -1 : 1;
                inverse[(4 * k) + 0] = (float)cos;
                inverse[(4 * k) + 1] = (float)sin;
                inverse[(4 * k) + 2] = (float)(-sin * mirror);
                inverse[(4 * k) + 3] = (float)(cos * mirror);
                offsets[(2 * k) + 0] = (float)(centreRow + shiftRows);
                offsets[(2 * k) + 1] = (float)(centreColumn + shiftColumns);
            }

            var output = model.forward(tensor(inputs, [n, 1, crop.Height, crop.Width]));
            var loss = Loss(output, tensor(inverse, [n, 2, 2]), tensor(offsets, [n, 2]), options.WithinWeight);
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
            losses[step] = loss.item<float>();
            if (!double.IsFinite(losses[step]))
            {
                throw new InvalidOperationException($"LodeStarTrainer: the loss is {losses[step]} at step {step}; lower the learning rate ({options.LearningRate}).");
            }
        }

        model.eval();
        double seconds = clock.Elapsed.TotalSeconds;
        var provisional = new LodeStarDetector(model, mean, scale, 1, losses, seconds);
        double referenceMass = provisional.Strongest(crop).Mass;
        return new LodeStarDetector(model, mean, scale, referenceMass > 0 ? referenceMass : 1, losses, seconds);
    }

    /// <summary>
    /// The LodeSTAR loss of one batch of transformed copies: the between-image term (mean absolute deviation of the copies'
    /// weighted mean votes, mapped back to the crop's frame, from their mean) plus <paramref name="withinWeight"/> times the
    /// within-image term (each copy's weighted mean absolute deviation of its votes from their weighted mean).
    /// </summary>
    /// <param name="output">The network's output, (n, 3, h, w).</param>
    /// <param name="inverse">(n, 2, 2): the linear part of each copy's inverse transform, acting on (row, column) offsets.</param>
    /// <param name="offsets">(n, 2): the image centre plus each copy's shift, subtracted before <paramref name="inverse"/>.</param>
    /// <param name="withinWeight">The weight of the within-image term.</param>
    /// <returns>The scalar loss.</returns>
    public static Tensor Loss(Tensor output, Tensor inverse, Tensor offsets, double withinWeight)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(inverse);
        ArgumentNullException.ThrowIfNull(offsets);
        using var scope = NewDisposeScope();
        var votes = output.narrow(1, 0, 2).flatten(2);                                         // (n, 2, h·w)
        var weights = output.select(1, 2).flatten(1) + 1e-6;                                     // (n, h·w)
        weights = (weights / weights.sum(1, keepdim: true)).unsqueeze(1);                          // (n, 1, h·w), sums to 1
        var mean = (votes * weights).sum(2);                                                      // (n, 2)
        var within = ((votes - mean.unsqueeze(2)).abs() * weights).sum([1, 2]).mean();
        var back = inverse.bmm((mean - offsets).unsqueeze(2)).squeeze(2);                          // (n, 2) in the crop's frame
        var between = (back - back.mean([0], keepdim: true)).abs().mean() * 2;
        return (between + (withinWeight * within)).MoveToOuterDisposeScope();
    }

    /// <summary>A uniform draw in [<paramref name="low"/>, <paramref name="high"/>], or <paramref name="low"/> (drawing nothing) when the range is one value.</summary>
    private static double Draw(RandomStream random, double low, double high) => high > low ? random.NextDouble(low, high) : low;

    private static (double Mean, double Scale) Normalisation(Image<double> crop)
    {
        var pixels = crop.AsReadOnlySpan();
        double mean = 0, square = 0;
        foreach (double v in pixels)
        {
            mean += v / pixels.Length;
            square += v * v / pixels.Length;
        }

        double deviation = Math.Sqrt(Math.Max(square - (mean * mean), 0));
        if (!(deviation > 0) || !double.IsFinite(deviation))
        {
            throw new ArgumentException($"LodeStarTrainer needs a crop with contrast; its pixels have standard deviation {deviation}.", nameof(crop));
        }

        return (mean, 1 / deviation);
    }

    private static LodeStarOptions Check(LodeStarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Steps < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Steps, $"LodeStarOptions.Steps must be at least 1; got {options.Steps}.");
        }

        if (options.Copies < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Copies, $"LodeStarOptions.Copies must be at least 2 (the between-image term compares copies); got {options.Copies}.");
        }

        if (!(options.LearningRate > 0) || !double.IsFinite(options.LearningRate))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.LearningRate, $"LodeStarOptions.LearningRate must be finite and > 0; got {options.LearningRate}.");
        }

        if (!(options.MaxTranslation >= 0) || !double.IsFinite(options.MaxTranslation))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxTranslation, $"LodeStarOptions.MaxTranslation must be finite and ≥ 0; got {options.MaxTranslation}.");
        }

        if (!(options.Noise >= 0) || !double.IsFinite(options.Noise))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Noise, $"LodeStarOptions.Noise must be finite and ≥ 0; got {options.Noise}.");
        }

        if (options.MaxNoise is double maxNoise && (!(maxNoise >= options.Noise) || !double.IsFinite(maxNoise)))
        {
            throw new ArgumentOutOfRangeException(nameof(options), maxNoise, $"LodeStarOptions.MaxNoise must be finite and ≥ Noise ({options.Noise}); got {maxNoise}.");
        }

        var (low, high) = options.Contrast;
        if (!(low > 0) || !(high >= low) || !double.IsFinite(high))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Contrast, $"LodeStarOptions.Contrast must be a finite range 0 < Low ≤ High; got ({low}, {high}).");
        }

        if (!(options.MaxOffset >= 0) || !double.IsFinite(options.MaxOffset))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxOffset, $"LodeStarOptions.MaxOffset must be finite and ≥ 0; got {options.MaxOffset}.");
        }

        if (!(options.WithinWeight >= 0) || !double.IsFinite(options.WithinWeight))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.WithinWeight, $"LodeStarOptions.WithinWeight must be finite and ≥ 0; got {options.WithinWeight}.");
        }

        return options;
    }
}
