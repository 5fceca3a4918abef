using System.Numerics;

namespace DeepTrack.Fluent.Processing;

/// <summary>
/// Turns a class map (one plane of integer labels 0 … <see cref="Classes"/> − 1) into a 3-D image with one plane
/// per class, 1 where the pixel holds that class and 0 elsewhere (NumPy's <c>np.eye(classes)[labels]</c>, Keras's
/// <c>to_categorical</c>), e.g. <c>labels &gt;&gt; new OneHot&lt;double&gt;().WithClasses(3)</c>. A pixel that is not
/// such an integer is an error naming the pixel, never clamped.
/// </summary>
/// <typeparam name="T">Pixel type.</typeparam>
[Feature]
public sealed partial record OneHot<T> : Feature<Image<T>, Image<T>>
    where T : unmanaged, INumber<T>
{
    /// <summary>The number of classes, and so of output planes.</summary>
    [Positive]
    public partial int Classes { get; init; } = 2;

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override Image<T> Compute(Image<T> input, FeatureContext context)
    {
        Require(input.Depth == 1, input, "a class map has one plane (take one with SelectPlane)", "input");
        int height = input.Height, width = input.Width, planeLength = height * width;
        var result = new Image<T>(height, width, Classes);
        var labels = input.AsSpan();
        var target = result.AsWritableSpan();
        for (int i = 0; i < planeLength; i++)
        {
            var label = labels[i];
            bool valid = T.IsInteger(label) && label >= T.Zero && int.CreateSaturating(label) < Classes;
            Require(valid, label, $"pixel (row {i / width}, column {i % width}) of the class map must be an integer in [0, {Classes}) (raise Classes to cover every label)", "input");
            target[int.CreateTruncating(label) * planeLength + i] = T.One;
        }

        return result;
    }
}
