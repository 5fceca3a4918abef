namespace DeepTrack.Fluent.Physics.Mie;

/// <summary>A field scatterer whose spectrum can be evaluated from a <see cref="MieSpectrumSource"/>.</summary>
internal interface IMieSpectrumScatterer
{
    /// <summary>The particle's parameters on <paramref name="grid"/>, or null when its field is sampled on a plane instead (OffsetZ or DeepTrack 2.0's plane).</summary>
    /// <param name="grid">The optics' grid.</param>
    /// <returns>The parameters, or null.</returns>
    MieSpectrumSource? SpectrumSource(OpticalGrid grid);
}
