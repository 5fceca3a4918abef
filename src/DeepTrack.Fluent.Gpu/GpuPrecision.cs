namespace DeepTrack.Fluent.Gpu;

/// <summary>The floating-point precision of a <see cref="GpuDevice"/>'s optics kernels.</summary>
public enum GpuPrecision
{
    /// <summary>Double precision throughout: images equal the managed CPU path's to rounding (1e-9 of the peak or better).</summary>
    Double,

    /// <summary>
    /// The optics (PSF stamping, FFTs, Mie spectra, intensity) in float32, the noise and the returned images in double:
    /// noiseless images within 1e-5 of the peak of the managed path's, and half the device memory for the optics' buffers.
    /// </summary>
    Single,
}
