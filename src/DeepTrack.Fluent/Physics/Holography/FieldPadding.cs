namespace DeepTrack.Fluent.Physics;

/// <summary>
/// How <see cref="Propagate"/> and <see cref="FourierTransform"/> extend a field beyond its edges before transforming
/// it (names as <see cref="Processing.BorderMode"/>, scipy's, for <c>abcd</c>).
/// </summary>
public enum FieldPadding
{
    /// <summary>Reflected about the edge, <c>dcba|abcd|dcba</c> (numpy's "symmetric", DeepTrack 2.0's choice): no step at the edge.</summary>
    Reflect,

    /// <summary>Reflected about the edge pixel, <c>dcb|abcd|cba</c> (numpy's "reflect").</summary>
    Mirror,

    /// <summary>The edge pixel repeated, <c>aaa|abcd|ddd</c>.</summary>
    Nearest,

    /// <summary>The field's mean value.</summary>
    Mean,

    /// <summary>Zero (an opaque surround).</summary>
    Zero,
}
