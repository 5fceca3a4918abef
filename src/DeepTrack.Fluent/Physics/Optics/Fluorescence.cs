using System;
using System.Buffers;
using System.Collections.Generic;
using System.Numerics;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// A widefield fluorescence microscope: incoherent imaging, each z-plane of the sample convolved with the PSF of
/// its defocus, |IFFT(P_z)|², and the planes summed.
/// </summary>
/// <remarks>
/// <para>Normalisation: the PSF of every plane sums to 1 over the periodic grid (phase aberrations keep this,
/// apodization lowers it by the energy it removes), so a point particle of intensity I delivers I in total,
/// whatever NA, wavelength, grid or upscale; light falling outside the output region is lost. A volume object
/// emits <see cref="VolumeObject.Intensity"/> per cubic pixel. The binning of <see cref="Optics.Upscale"/>
/// sums the simulation pixels, so totals do not depend on it.</para>
/// <para>Speed: PSFs and OTFs are cached per (grid, optics, pupil, plane). A plane with few voxels (point
/// particles) is imaged by adding shifted copies of the cached PSF, without any FFT; a dense plane is
/// transformed, multiplied by its OTF and accumulated in Fourier space, with one inverse FFT for all planes.
/// Both are the same circular convolution.</para>
/// </remarks>
[Feature]
public sealed partial record Fluorescence : Optics
{
    /// <inheritdoc />
    protected override Image<double> Compute(IReadOnlyList<SampleObject> input, FeatureContext context)
    {
        var layout = CheckedLayout();
        var pupil = EvaluatePupil(context);
        var key = KeyOf(layout, pupil);
        var environment = context.Environment;
        var volumes = new List<VolumeObject>(input.Count);
        foreach (var item in input)
        {
            if (item is VolumeObject volume)
            {
                volumes.Add(volume);
            }
            else
            {
                throw new ArgumentException($"{Name} images volume objects; {item.GetType().Name} at {item.Position} is a field scatterer, which only coherent optics accept.", nameof(input));
            }
        }

        double emissionScale = 1.0 / layout.Voxels.VoxelsPerCubicPixel;
        var planes = VolumeRenderer.Render(volumes, layout, v => v.Intensity * emissionScale);
        var simulated = AccumulationArray.Create<double>(layout.OutputHeight * layout.OutputWidth);
        int gridLength = layout.GridHeight * layout.GridWidth;
        double fftCost = 4.0 * gridLength * Math.Log2(gridLength);
        Complex[]? spectrumArray = null;
        var bufferArray = ArrayPool<Complex>.Shared.Rent(gridLength);
        try
        {
            var buffer = bufferArray.AsSpan(0, gridLength);
            foreach (var (z, plane) in planes)
            {
                var psf = OpticsCache.PsfOf(environment, key, z);
                // A splat (four entries) costs one pass over the output, measured about half the FFT path's cost per
                // unit of fftCost: the stamp is used up to 8 × fftCost / output entries (about 150 particles at 128²).
                if (plane.Sparse is { } entries && entries.Count / 4.0 * simulated.Length <= 2 * fftCost)
                {
                    PsfStamp.Add(psf, layout, entries, simulated);
                    continue;
                }

                if (spectrumArray is null)
                {
                    spectrumArray = ArrayPool<Complex>.Shared.Rent(gridLength);
                    spectrumArray.AsSpan(0, gridLength).Clear();
                }

                Fill(plane, buffer);
                environment.Fft.Forward(buffer, layout.GridHeight, layout.GridWidth);
                var otf = OpticsCache.OtfOf(environment, key, z);
                var spectrum = spectrumArray.AsSpan(0, gridLength);
                for (int i = 0; i < gridLength; i++)
                {
                    spectrum[i] += buffer[i] * otf[i];
                }
            }

            if (spectrumArray is not null)
            {
                environment.Fft.Inverse(spectrumArray.AsSpan(0, gridLength), layout.GridHeight, layout.GridWidth);
                for (int row = 0; row < layout.OutputHeight; row++)
                {
                    int source = (row + layout.CropRow) * layout.GridWidth + layout.CropColumn;
                    for (int column = 0; column < layout.OutputWidth; column++)
                    {
                        simulated[row * layout.OutputWidth + column] += spectrumArray[source + column].Real;
                    }
                }
            }
        }
        finally
        {
            ArrayPool<Complex>.Shared.Return(bufferArray);
            if (spectrumArray is not null)
            {
                ArrayPool<Complex>.Shared.Return(spectrumArray);
            }
        }

        var output = Binning.Sum(simulated, layout.OutputHeight, layout.OutputWidth, layout.Upscale);
        return output.WithTruth(output.Truth.Merge(pupil.Truth));
    }

    /// <summary>Writes a plane's voxels into <paramref name="buffer"/> (a grid), from its entries while it is sparse.</summary>
    private static void Fill(VoxelPlane<double> plane, Span<Complex> buffer)
    {
        if (plane.Sparse is { } entries)
        {
            buffer.Clear();
            foreach (var (index, value) in entries)
            {
                buffer[index] += value;
            }

            return;
        }

        var dense = plane.Dense!;
        for (int i = 0; i < buffer.Length; i++)
        {
            buffer[i] = dense[i];
        }
    }
}
