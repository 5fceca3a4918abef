using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using DeepTrack.Fluent.Gpu.Batching;
using DeepTrack.Fluent.Physics;

namespace DeepTrack.Fluent.Gpu;

/// <summary>
/// Whole batches of images, on the GPU when the pipeline was built with <c>environment.WithGpu(device)</c>, otherwise
/// on the CPU (<c>Generate</c>): the same code runs on either.
/// </summary>
/// <remarks>
/// <para>On the GPU, the properties of the batch's samples are drawn on the CPU in parallel with the pipeline's own
/// keyed random streams (so every sample has the positions, intensities and optics it has on the CPU), the optics'
/// PSF planes come from the environment's cache, and the images are computed on the device in a few launches
/// (<c>docs/gpu.md</c>). Noiseless images equal the CPU's to rounding (≤ 1e-9 of the peak; ≤ 1e-5 on a device in
/// <see cref="GpuPrecision.Single"/>); noise is drawn on the
/// device from counter-based streams keyed by (seed, sample, feature, pixel): reproducible per seed and the same for
/// any batch size, with the CPU's distribution but not its values.</para>
/// <para>The device computes sample features &gt;&gt; <c>Fluorescence</c> (or <c>Brightfield</c>, <c>Darkfield</c>,
/// <c>Holography</c>, <c>Iscat</c> of Mie particles) &gt;&gt; <c>PoissonNoise</c> / <c>GaussianNoise</c> (any number);
/// other pipelines throw a
/// <see cref="NotSupportedException"/> naming the feature.</para>
/// </remarks>
public static class GpuBatches
{
    extension(Pipeline<IReadOnlyList<SampleObject>, Image<double>> pipeline)
    {
        /// <summary>Samples <paramref name="start"/> … <paramref name="start"/> + <paramref name="count"/> − 1, computed together on the environment's GPU (or by <c>Generate</c> without one).</summary>
        /// <param name="count">How many (≥ 0).</param>
        /// <param name="start">The first sample index (≥ 0).</param>
        /// <returns>The images, in sample order, with their ground truth.</returns>
        /// <exception cref="SampleGenerationException">Drawing a sample failed (the lowest index is reported).</exception>
        public Image<double>[] GenerateBatch(int count, long start = 0)
        {
            ArgumentNullException.ThrowIfNull(pipeline);
            ArgumentOutOfRangeException.ThrowIfNegative(count);
            ArgumentOutOfRangeException.ThrowIfNegative(start);
            if (pipeline.Environment.Device is not GpuDevice device)
            {
                return pipeline.Generate(count, start);
            }

            if (count == 0)
            {
                return [];
            }

            var shape = BatchShape.Of(pipeline.Root);
            var draws = Draw(pipeline, shape, count, start);
            double[][] pixels;
            lock (device.Gate)
            {
                pixels = DeviceBatch.Run(device.Kernels, draws);
            }

            var images = new Image<double>[count];
            var evaluator = pipeline.CreateEvaluator();
            for (int i = 0; i < count; i++)
            {
                images[i] = draws[i].ToImage(evaluator, shape, pixels[i]);
            }

            return images;
        }

        /// <summary>
        /// Samples <paramref name="start"/> … <paramref name="start"/> + <paramref name="count"/> − 1 as one float32 NCHW
        /// array for a model: the pixels of <see cref="GenerateBatch"/> rounded to float32 (on the device when there is one,
        /// so that half the bytes are copied back), with the same ground truth.
        /// </summary>
        /// <param name="count">How many (≥ 1).</param>
        /// <param name="start">The first sample index (≥ 0).</param>
        /// <returns>The batch.</returns>
        /// <exception cref="SampleGenerationException">Drawing a sample failed (the lowest index is reported).</exception>
        public NchwBatch GenerateNchwBatch(int count, long start = 0)
        {
            ArgumentNullException.ThrowIfNull(pipeline);
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
            ArgumentOutOfRangeException.ThrowIfNegative(start);
            if (pipeline.Environment.Device is not GpuDevice device)
            {
                return ToNchw(pipeline.Generate(count, start));
            }

            var shape = BatchShape.Of(pipeline.Root);
            var draws = Draw(pipeline, shape, count, start);
            float[] values;
            lock (device.Gate)
            {
                values = DeviceBatch.RunSingle(device.Kernels, draws);
            }

            var truth = new GroundTruth[count];
            var evaluator = pipeline.CreateEvaluator();
            var region = draws[0].Optics.OutputRegion;
            int channels = values.Length / (count * region.Height * region.Width);
            for (int i = 0; i < count; i++)
            {
                truth[i] = draws[i].ToImage(evaluator, shape, new double[channels * region.Height * region.Width]).Truth;
            }

            return new NchwBatch(values, count, channels, region.Height, region.Width, truth);
        }
    }

    /// <summary>Images of one size and depth as an NCHW batch (the planes are the channels).</summary>
    private static NchwBatch ToNchw(Image<double>[] images)
    {
        int height = images[0].Height, width = images[0].Width, channels = images[0].Depth, pixels = channels * height * width;
        var values = new float[images.Length * pixels];
        var truth = new GroundTruth[images.Length];
        for (int i = 0; i < images.Length; i++)
        {
            if (images[i].Height != height || images[i].Width != width || images[i].Depth != channels)
            {
                throw new InvalidOperationException(
                    $"An NCHW batch needs images of one size and depth: image {i} is {images[i].Height}×{images[i].Width}×{images[i].Depth}, image 0 {height}×{width}×{channels}. Give the optics one OutputRegion size.");
            }

            var source = images[i].AsReadOnlySpan();
            for (int k = 0; k < pixels; k++)
            {
                values[(i * pixels) + k] = (float)source[k];
            }

            truth[i] = images[i].Truth;
        }

        return new NchwBatch(values, images.Length, channels, height, width, truth);
    }

    /// <summary>Draws the samples in parallel, one evaluator per worker; a failure is reported for the lowest index.</summary>
    private static SampleDraw[] Draw(Pipeline<IReadOnlyList<SampleObject>, Image<double>> pipeline, BatchShape shape, int count, long start)
    {
        var draws = new SampleDraw[count];
        var failures = new List<(long Index, Exception Exception, Evaluator Worker)>();
        Parallel.For(
            0,
            count,
            pipeline.CreateEvaluator,
            (i, loop, worker) =>
            {
                try
                {
                    draws[i] = SampleDraw.Draw(worker, shape, pipeline.DefaultInput, start + i);
                    return worker;
                }
                catch (Exception exception)
                {
                    lock (failures)
                    {
                        failures.Add((start + i, exception, worker));
                    }

                    loop.Break();
                    return pipeline.CreateEvaluator();
                }
            },
            _ => { });
        if (failures.Count > 0)
        {
            var lowest = failures[0];
            foreach (var failure in failures)
            {
                lowest = failure.Index < lowest.Index ? failure : lowest;
            }

            var (feature, replica) = lowest.Worker.LastFailure is { } known && ReferenceEquals(known.Exception, lowest.Exception)
                ? (known.Feature, known.Replica)
                : ((Feature)shape.Optics, ReplicaPath.Root);
            throw new SampleGenerationException(pipeline.Seed, lowest.Index, feature, replica, lowest.Exception);
        }

        return draws;
    }
}
