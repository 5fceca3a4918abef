namespace DeepTrack.Fluent.Physics;

/// <summary>How <see cref="Propagate"/> and <see cref="FourierTransform"/> extend a field beyond its edges before transforming it.</summary>
public enum FieldPadding
{
    /// <summary>Reflected about the edge, <c>dcba|abcd|dcba</c> (numpy's "symmetric", DeepTrack 2.0's choice): no step at the edge.</summary>
    Symmetric,

    /// <summary>Reflected about the edge pixel, <c>dcb|abcd|cba</c> (numpy's "reflect").</summary>
    Reflect,

    /// <summary>The edge pixel repeated, <c>aaa|abcd|ddd</c>.</summary>
    Edge,

    /// <summary>The field's mean value.</summary>
    Mean,

    /// <summary>Zero (an opaque surround).</summary>
    Zero,
}
