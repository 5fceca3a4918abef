namespace DeepTrack.Fluent.Tissue;

/// <summary>The class indices of a <see cref="CellTiling"/> mask, which <see cref="TemRendering"/> renders.</summary>
public static class TissueClass
{
    /// <summary>Background: the cytoplasm between membranes and mitochondria.</summary>
    public const double Background = 0;

    /// <summary>Cell membrane.</summary>
    public const double Membrane = 1;

    /// <summary>Mitochondrion.</summary>
    public const double Mitochondrion = 2;

    /// <summary>The number of classes (the <c>Classes</c> of a <c>OneHot</c> of the mask).</summary>
    public const int Count = 3;
}
