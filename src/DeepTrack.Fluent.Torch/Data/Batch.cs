using System;
using System.Collections.Generic;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// A mini-batch: inputs as float32 (N, C, H, W) and labels (float32, or int64 for class labels), with the
/// sample indices they came from. Created inside a <see cref="torch.NewDisposeScope"/>, its tensors are
/// freed with the scope; otherwise dispose the batch.
/// </summary>
public sealed class Batch : IDisposable
{
    private Batch(Tensor inputs, Tensor labels, long[] indices)
    {
        Inputs = inputs;
        Labels = labels;
        Indices = indices;
    }

    /// <summary>The inputs, float32 (N, C, H, W).</summary>
    public Tensor Inputs { get; }

    /// <summary>The labels: float32 (N, …) for numbers and images, int64 (N) or (N, H, W) for class labels.</summary>
    public Tensor Labels { get; }

    /// <summary>The pipeline sample index of each row.</summary>
    public IReadOnlyList<long> Indices { get; }

    /// <summary>Samples in the batch.</summary>
    public int Count => Indices.Count;

    /// <summary>Stacks encoded samples into a batch.</summary>
    /// <param name="samples">The samples (at least one), all of <paramref name="shape"/>.</param>
    /// <param name="shape">Their shape.</param>
    /// <param name="device">Where the tensors go (default: the CPU).</param>
    /// <returns>The batch.</returns>
    public static Batch Create(IReadOnlyList<EncodedSample> samples, SampleShape shape, Device? device = null)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(shape);
        if (samples.Count == 0)
        {
            throw new ArgumentException("A batch needs at least one sample.", nameof(samples));
        }

        int inputLength = shape.InputLength;
        int labelLength = shape.LabelLength;
        var inputs = new float[samples.Count * inputLength];
        var indices = new long[samples.Count];
        bool classes = shape.Kind is LabelKind.ClassIndex or LabelKind.ClassMap;
        var labels = classes ? null : new float[samples.Count * labelLength];
        var classLabels = classes ? new long[samples.Count * labelLength] : null;
        for (int i = 0; i < samples.Count; i++)
        {
            var sample = samples[i];
            shape.Check(sample);
            indices[i] = sample.Index;
            sample.Input.CopyTo(inputs, i * inputLength);
            if (labels is not null)
            {
                sample.Label.CopyTo(labels, i * labelLength);
            }
            else
            {
                for (int j = 0; j < labelLength; j++)
                {
                    classLabels![i * labelLength + j] = (long)sample.Label[j];
                }
            }
        }

        var inputTensor = torch.tensor(inputs, shape.InputBatch(samples.Count), device: device);
        var labelTensor = labels is not null
            ? torch.tensor(labels, shape.LabelBatch(samples.Count), device: device)
            : torch.tensor(classLabels!, shape.LabelBatch(samples.Count), device: device);
        return new Batch(inputTensor, labelTensor, indices);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Inputs.Dispose();
        Labels.Dispose();
    }
}
