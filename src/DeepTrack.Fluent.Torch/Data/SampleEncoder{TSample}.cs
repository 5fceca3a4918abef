using System;
using System.Collections.Generic;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// Turns a pipeline's output into network input and label values: the input image, and a label that is
/// numbers, an image (or mask), a class index or a per-pixel class map, usually read from the sample's ground truth.
/// </summary>
/// <typeparam name="TSample">The pipeline's output type.</typeparam>
public sealed class SampleEncoder<TSample>
{
    private readonly Func<TSample, Image<double>> input;
    private readonly Func<TSample, IReadOnlyList<double>>? numbers;
    private readonly Func<TSample, Image<double>>? image;

    internal SampleEncoder(
        Func<TSample, Image<double>> input, LabelKind kind, int count, Func<TSample, IReadOnlyList<double>>? numbers, Func<TSample, Image<double>>? image,
        InputNormalization normalization)
    {
        this.input = input;
        Normalization = normalization;
        Kind = kind;
        Count = count;
        this.numbers = numbers;
        this.image = image;
    }

    /// <summary>What the label is.</summary>
    public LabelKind Kind { get; }

    /// <summary>Label values per sample (for <see cref="LabelKind.Numbers"/>) or classes (for class labels).</summary>
    public int Count { get; }

    /// <summary>How input pixels become input values (<see cref="InputNormalization.None"/> unless set); saved with the model by <see cref="ModelBundle"/>.</summary>
    public InputNormalization Normalization { get; }

    /// <summary>Normalises every input image this way before it reaches the network (labels are left as they are).</summary>
    /// <param name="normalization">E.g. <c>InputNormalization.MinMax()</c>.</param>
    /// <returns>The encoder with this normalisation.</returns>
    public SampleEncoder<TSample> WithInputNormalization(InputNormalization normalization)
        => new(input, Kind, Count, numbers, image, normalization ?? throw new ArgumentNullException(nameof(normalization)));

    /// <summary>Labels each sample with <paramref name="count"/> real numbers (regression targets).</summary>
    /// <param name="count">Values per sample (≥ 1).</param>
    /// <param name="label">Reads the values from a sample, e.g. a position from its ground truth.</param>
    /// <returns>The encoder with this label.</returns>
    public SampleEncoder<TSample> WithNumberLabels(int count, Func<TSample, IReadOnlyList<double>> label)
    {
        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A number label needs at least one value per sample.");
        }

        return new(input, LabelKind.Numbers, count, label ?? throw new ArgumentNullException(nameof(label)), null, Normalization);
    }

    /// <summary>Labels each sample with an image (an image-to-image target, a mask or a density map).</summary>
    /// <param name="label">Reads the target image from a sample.</param>
    /// <returns>The encoder with this label.</returns>
    public SampleEncoder<TSample> WithImageLabels(Func<TSample, Image<double>> label)
        => new(input, LabelKind.Image, 0, null, label ?? throw new ArgumentNullException(nameof(label)), Normalization);

    /// <summary>Labels each sample with one class index in 0 … <paramref name="classes"/> − 1.</summary>
    /// <param name="classes">The number of classes (≥ 2).</param>
    /// <param name="label">Reads the class index from a sample.</param>
    /// <returns>The encoder with this label.</returns>
    public SampleEncoder<TSample> WithClassLabels(int classes, Func<TSample, int> label)
    {
        CheckClasses(classes);
        ArgumentNullException.ThrowIfNull(label);
        return new(input, LabelKind.ClassIndex, classes, s => [label(s)], null, Normalization);
    }

    /// <summary>Labels each pixel with a class index in 0 … <paramref name="classes"/> − 1 (semantic segmentation).</summary>
    /// <param name="classes">The number of classes (≥ 2).</param>
    /// <param name="label">Reads a 2-D image of whole-numbered class indices from a sample.</param>
    /// <returns>The encoder with this label.</returns>
    public SampleEncoder<TSample> WithClassMapLabels(int classes, Func<TSample, Image<double>> label)
    {
        CheckClasses(classes);
        return new(input, LabelKind.ClassMap, classes, null, label ?? throw new ArgumentNullException(nameof(label)), Normalization);
    }

    /// <summary>Encodes one sample.</summary>
    /// <param name="sample">The pipeline's output.</param>
    /// <param name="index">Its sample index (named in error messages).</param>
    /// <param name="shape">The sample's shapes.</param>
    /// <returns>The encoded sample.</returns>
    /// <exception cref="InvalidOperationException">No label was configured, or a label value is invalid.</exception>
    public EncodedSample Encode(TSample sample, long index, out SampleShape shape)
    {
        var picture = input(sample) ?? throw new InvalidOperationException($"The input selector returned null for sample {index}.");
        int[] inputShape = [picture.Depth, picture.Height, picture.Width];
        var inputValues = new float[picture.Length];
        Normalization.Apply(picture.AsReadOnlySpan(), inputValues);

        switch (Kind)
        {
            case LabelKind.Numbers when numbers is not null:
            {
                var values = numbers(sample);
                if (values is null || values.Count != Count)
                {
                    throw new InvalidOperationException(
                        $"The number label of sample {index} has {values?.Count.ToString() ?? "no"} values; the encoder was configured for {Count}.");
                }

                var label = new float[Count];
                for (int i = 0; i < Count; i++)
                {
                    label[i] = (float)values[i];
                }

                shape = new SampleShape(inputShape, [Count], Kind);
                return new EncodedSample(index, inputValues, label);
            }

            case LabelKind.ClassIndex when numbers is not null:
            {
                double value = numbers(sample)[0];
                CheckClass(value, index);
                shape = new SampleShape(inputShape, [], Kind);
                return new EncodedSample(index, inputValues, [(float)value]);
            }

            case LabelKind.Image when image is not null:
            {
                var target = image(sample) ?? throw new InvalidOperationException($"The label selector returned null for sample {index}.");
                shape = new SampleShape(inputShape, [target.Depth, target.Height, target.Width], Kind);
                return new EncodedSample(index, inputValues, ToFloats(target.AsReadOnlySpan()));
            }

            case LabelKind.ClassMap when image is not null:
            {
                var target = image(sample) ?? throw new InvalidOperationException($"The label selector returned null for sample {index}.");
                if (target.Depth != 1)
                {
                    throw new InvalidOperationException($"The class map of sample {index} has {target.Depth} planes; a class map is a 2-D image.");
                }

                foreach (double value in target.AsReadOnlySpan())
                {
                    CheckClass(value, index);
                }

                shape = new SampleShape(inputShape, [target.Height, target.Width], Kind);
                return new EncodedSample(index, inputValues, ToFloats(target.AsReadOnlySpan()));
            }

            default:
                throw new InvalidOperationException(
                    "The sample encoder has no label: call WithNumberLabels, WithImageLabels, WithClassLabels or WithClassMapLabels.");
        }
    }

    private void CheckClass(double value, long index)
    {
        if (value < 0 || value >= Count || value != Math.Floor(value))
        {
            throw new InvalidOperationException(
                $"Sample {index} has the class label {value}; class labels must be whole numbers in 0 … {Count - 1}.");
        }
    }

    private static void CheckClasses(int classes)
    {
        if (classes < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(classes), classes, "A class label needs at least two classes.");
        }
    }

    private static float[] ToFloats(ReadOnlySpan<double> values)
    {
        var result = new float[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            result[i] = (float)values[i];
        }

        return result;
    }
}
