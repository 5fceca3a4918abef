using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.InteropServices;
using DeepTrack.Fluent.Gpu.Kernels;
using DeepTrack.Fluent.Noise;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Physics.Mie;
using ILGPU;
using ILGPU.Runtime;

namespace DeepTrack.Fluent.Gpu.Batching;

/// <summary>
/// Computes the images of a batch of drawn samples on the device in a few launches. Fluorescence: the PSF planes and the
/// per-sample entries go up once; one gather launch stamps every point-like plane of every image; the dense planes
/// of all images are transformed together (batched Stockham FFT), multiplied by their OTFs (transformed on the
/// device), summed per image, transformed back together and cropped; then binning and each noise step are one launch
/// each over the whole batch, and the camera images come back in one copy. Coherent optics of Mie particles
/// (brightfield, darkfield, holography, iSCAT): one launch for the focused spectra of all images, one batched inverse
/// FFT, one launch for the intensity or the complex field.
/// </summary>
internal static class DeviceBatch
{
    private static readonly double[] LogFactorials = CreateLogFactorials(256);

    /// <summary>The final pixels of every image of the batch (holography: the real plane, then the imaginary plane).</summary>
    /// <param name="kernels">The device's kernels and buffers (the caller holds the device's gate).</param>
    /// <param name="draws">The samples, all on one grid.</param>
    /// <returns>The pixels of each image.</returns>
    public static double[][] Run(GpuKernels kernels, IReadOnlyList<SampleDraw> draws)
    {
        var (camera, imageLength) = Compute(kernels, draws);
        int count = draws.Count;
        kernels.Accelerator.Synchronize();
        var all = new double[count * imageLength];
        camera.SubView(0, all.Length).CopyToCPU(all);
        var images = new double[count][];
        for (int b = 0; b < count; b++)
        {
            images[b] = all.AsSpan(b * imageLength, imageLength).ToArray();
        }

        return images;
    }

    /// <summary>The final pixels of the batch as float32, image-major (N × C × H × W), converted on the device so that half the bytes come back.</summary>
    /// <param name="kernels">The device's kernels and buffers (the caller holds the device's gate).</param>
    /// <param name="draws">The samples, all on one grid.</param>
    /// <returns>The pixels.</returns>
    public static float[] RunSingle(GpuKernels kernels, IReadOnlyList<SampleDraw> draws)
    {
        var (camera, imageLength) = Compute(kernels, draws);
        int length = draws.Count * imageLength;
        var single = kernels.Buffer<float>("single", length);
        kernels.ToSingle(length, camera, single);
        kernels.Accelerator.Synchronize();
        var all = new float[length];
        single.SubView(0, length).CopyToCPU(all);
        return all;
    }

    /// <summary>Computes the camera images of the batch, noise included, on the device; returns them with the values per image (channels × camera pixels).</summary>
    private static (ArrayView<double> Camera, int ImageLength) Compute(GpuKernels kernels, IReadOnlyList<SampleDraw> draws)
    {
        var layout = SharedLayout(draws);
        int count = draws.Count;
        int gridLength = layout.GridHeight * layout.GridWidth, outputLength = layout.OutputHeight * layout.OutputWidth;
        int imageLength = outputLength / (layout.Upscale * layout.Upscale) * (draws[0].Optics is Holography ? 2 : 1);
        RequireIndexable((long)count * Math.Max(Math.Max(outputLength, gridLength), imageLength), "pixels of the batch");
        var camera = kernels.Precision == GpuPrecision.Single ? Optics(kernels, kernels.Single!, draws, layout) : Optics(kernels, kernels.Double!, draws, layout);
        for (int step = 0; step < draws[0].Noise.Count; step++)
        {
            ApplyNoise(kernels, draws, step, camera, imageLength);
        }

        return (camera, imageLength);
    }

    /// <summary>The noiseless camera images of the batch (in double), computed by the optics' kernels of one precision.</summary>
    private static ArrayView<double> Optics<T, TMath>(GpuKernels kernels, OpticsKernels<T, TMath> optics, IReadOnlyList<SampleDraw> draws, SimulationLayout layout)
        where T : unmanaged, INumber<T>
        where TMath : struct, IDeviceMath<T>
        => draws[0].Particles is null ? Fluorescence(kernels, optics, draws, layout) : Coherent(kernels, optics, draws, layout);

    /// <summary>The camera images of fluorescence samples: stamping, FFT convolution of dense planes, binning.</summary>
    private static ArrayView<double> Fluorescence<T, TMath>(GpuKernels kernels, OpticsKernels<T, TMath> optics, IReadOnlyList<SampleDraw> draws, SimulationLayout layout)
        where T : unmanaged, INumber<T>
        where TMath : struct, IDeviceMath<T>
    {
        int count = draws.Count;
        int gridHeight = layout.GridHeight, gridWidth = layout.GridWidth, gridLength = gridHeight * gridWidth;
        int outputLength = layout.OutputHeight * layout.OutputWidth;
        int cameraLength = outputLength / (layout.Upscale * layout.Upscale);

        // PSF planes of the batch, each uploaded once.
        var slots = new Dictionary<(PupilKey, int), int>();
        var psfPlanes = new List<PsfPlane>();
        int SlotOf((PupilKey, int) key, PsfPlane psf)
        {
            if (!slots.TryGetValue(key, out int slot))
            {
                slot = psfPlanes.Count;
                slots.Add(key, slot);
                psfPlanes.Add(psf);
            }

            return slot;
        }

        var offsets = new int[count + 1];
        var sourceRows = new List<int>();
        var startColumns = new List<int>();
        var values = new List<double>();
        var entrySlots = new List<int>();
        var spectrumImages = new List<int>();
        var planeOffsets = new List<int> { 0 };
        var planeSlots = new List<int>();
        var planeGrids = new List<double[]>();
        for (int b = 0; b < count; b++)
        {
            foreach (var (index, value, psf, key) in draws[b].Stamps)
            {
                sourceRows.Add(index / gridWidth);
                startColumns.Add(Modulo(layout.CropColumn - (index % gridWidth), gridWidth));
                values.Add(value);
                entrySlots.Add(SlotOf(key, psf));
            }

            offsets[b + 1] = values.Count;
            if (draws[b].Dense.Count > 0)
            {
                spectrumImages.Add(b);
                foreach (var (grid, psf, key) in draws[b].Dense)
                {
                    planeGrids.Add(grid);
                    planeSlots.Add(SlotOf(key, psf));
                }

                planeOffsets.Add(planeGrids.Count);
            }
        }

        RequireIndexable((long)psfPlanes.Count * gridLength, "PSF values of the batch");
        RequireIndexable((long)planeGrids.Count * gridLength, "dense-plane voxels of the batch");
        var psfValues = new double[psfPlanes.Count * gridLength];
        for (int s = 0; s < psfPlanes.Count; s++)
        {
            psfPlanes[s].Psf.CopyTo(psfValues, s * gridLength);
        }

        var psfs = kernels.Upload<T>("psfs", Rounded<T, TMath>(psfValues));
        var simulated = kernels.Buffer<T>("simulated", (long)count * outputLength);
        optics.Stamp(
            count * outputLength,
            new StampArguments<T>
            {
                Output = simulated,
                Offsets = kernels.Upload<int>("offsets", offsets),
                SourceRows = kernels.Upload<int>("sourceRows", CollectionsMarshal.AsSpan(sourceRows)),
                StartColumns = kernels.Upload<int>("startColumns", CollectionsMarshal.AsSpan(startColumns)),
                Values = kernels.Upload<T>("values", Rounded<T, TMath>(CollectionsMarshal.AsSpan(values))),
                Slots = kernels.Upload<int>("slots", CollectionsMarshal.AsSpan(entrySlots)),
                Psfs = psfs,
                OutputHeight = layout.OutputHeight,
                OutputWidth = layout.OutputWidth,
                GridHeight = gridHeight,
                GridWidth = gridWidth,
                CropRow = layout.CropRow,
            });

        var crop = new CropArguments
        {
            GridHeight = gridHeight,
            GridWidth = gridWidth,
            CropRow = layout.CropRow,
            CropColumn = layout.CropColumn,
            OutputHeight = layout.OutputHeight,
            OutputWidth = layout.OutputWidth,
        };
        if (planeGrids.Count > 0)
        {
            var fft = new DeviceFft<T, TMath>(kernels, optics, gridHeight, gridWidth);
            var otfs = kernels.Buffer<DeviceComplex<T>>("otfs", (long)psfPlanes.Count * gridLength);
            optics.ToComplex(psfPlanes.Count * gridLength, psfs, otfs);
            otfs = fft.Transform(otfs, kernels.Buffer<DeviceComplex<T>>("otfScratch", (long)psfPlanes.Count * gridLength), psfPlanes.Count, inverse: false);

            var flat = new double[planeGrids.Count * gridLength];
            for (int p = 0; p < planeGrids.Count; p++)
            {
                planeGrids[p].CopyTo(flat, p * gridLength);
            }

            var planes = kernels.Buffer<DeviceComplex<T>>("planes", flat.Length);
            optics.ToComplex(flat.Length, kernels.Upload<T>("planeValues", Rounded<T, TMath>(flat)), planes);
            var planeScratch = kernels.Buffer<DeviceComplex<T>>("planeScratch", flat.Length);
            planes = fft.Transform(planes, planeScratch, planeGrids.Count, inverse: false);

            int spectra = spectrumImages.Count;
            var spectrum = kernels.Buffer<DeviceComplex<T>>("spectra", (long)spectra * gridLength);
            optics.MultiplyAccumulate(spectra * gridLength, planes, otfs, kernels.Upload<int>("planeOffsets", CollectionsMarshal.AsSpan(planeOffsets)), kernels.Upload<int>("planeSlots", CollectionsMarshal.AsSpan(planeSlots)), spectrum, gridLength);
            spectrum = fft.Transform(spectrum, kernels.Buffer<DeviceComplex<T>>("spectraScratch", (long)spectra * gridLength), spectra, inverse: true);
            optics.CropAdd(spectra * outputLength, spectrum, kernels.Upload<int>("spectrumImages", CollectionsMarshal.AsSpan(spectrumImages)), simulated, crop);
        }

        if (layout.Upscale == 1 && typeof(T) == typeof(double))
        {
            return simulated.Cast<double>();
        }

        // Binned (or, in single precision, widened) into double camera pixels.
        var camera = kernels.Buffer<double>("camera", (long)count * cameraLength);
        optics.Bin(count * cameraLength, simulated, camera, crop, layout.Upscale);
        return camera;
    }

    /// <summary>
    /// The camera images of coherent samples of Mie particles: focused spectra (with the plane wave for brightfield and
    /// holography, without it for darkfield's and iSCAT's scattered field E − E₀), one batched inverse FFT, then the
    /// intensity (iSCAT: of the reference plus the scattered field) or the complex field (holography, two planes)
    /// averaged into camera pixels.
    /// </summary>
    private static ArrayView<double> Coherent<T, TMath>(GpuKernels kernels, OpticsKernels<T, TMath> optics, IReadOnlyList<SampleDraw> draws, SimulationLayout layout)
        where T : unmanaged, INumber<T>
        where TMath : struct, IDeviceMath<T>
    {
        var m = default(TMath);
        int count = draws.Count;
        int gridHeight = layout.GridHeight, gridWidth = layout.GridWidth, gridLength = gridHeight * gridWidth;
        int cameraLength = layout.OutputHeight * layout.OutputWidth / (layout.Upscale * layout.Upscale);
        var slots = new Dictionary<PupilKey, int>();
        var focal = new List<DeviceComplex<T>>();
        var bandRows = new List<int>();
        var bandColumns = new List<int>();
        var imageSlots = new int[count];
        var references = new DeviceComplex<T>[count];
        var particles = new List<MieParticle>();
        var offsets = new int[count + 1];
        var coefficients = new List<DeviceComplex<T>>();
        for (int b = 0; b < count; b++)
        {
            var pupil = draws[b].CoherentPupil!;
            if (!slots.TryGetValue(pupil.Key, out int slot))
            {
                slot = slots.Count;
                slots.Add(pupil.Key, slot);
                foreach (var value in pupil.Focal)
                {
                    focal.Add(new DeviceComplex<T>(m.Of(value.Real), m.Of(value.Imaginary)));
                }

                var rows = new int[gridHeight];
                var columns = new int[gridWidth];
                foreach (int row in pupil.BandRows)
                {
                    rows[row] = 1;
                }

                foreach (int column in pupil.BandColumns)
                {
                    columns[column] = 1;
                }

                bandRows.AddRange(rows);
                bandColumns.AddRange(columns);
            }

            imageSlots[b] = slot;
            references[b] = new DeviceComplex<T>(m.Of(draws[b].Reference.Real), m.Of(draws[b].Reference.Imaginary));
            foreach (var source in draws[b].Particles!)
            {
                particles.Add(new MieParticle
                {
                    RowMeters = source.RowMeters, ColumnMeters = source.ColumnMeters, ZMeters = source.ZMeters, K = source.K,
                    SinCollection = source.SinCollection, Illumination = source.IlluminationAngle, Coherence = source.Coherence,
                    Coherent = double.IsPositiveInfinity(source.Coherence) ? 1 : 0, CosIn = source.CosIn, SinIn = source.SinIn,
                    HasAnalyser = source.HasAnalyser ? 1 : 0, CosOut = source.CosOut, SinOut = source.SinOut,
                    Aplanatic = source.Projection == MieProjection.AplanaticObjective ? 1 : 0, Analysed = source.Analysed ? 1 : 0,
                    Terms = source.A.Length, CoefficientOffset = coefficients.Count,
                });
                for (int n = 0; n < source.A.Length; n++)
                {
                    coefficients.Add(new DeviceComplex<T>(m.Of(source.A.Span[n].Real), m.Of(source.A.Span[n].Imaginary)));
                    coefficients.Add(new DeviceComplex<T>(m.Of(source.B.Span[n].Real), m.Of(source.B.Span[n].Imaginary)));
                }
            }

            offsets[b + 1] = particles.Count;
        }

        RequireIndexable((long)slots.Count * gridLength, "pupil values of the batch");
        var planeWave = CoherentOptics.PlaneWaveSpectrum(gridHeight, gridWidth, draws[0].Environment);
        var spectra = kernels.Buffer<DeviceComplex<T>>("coherentSpectra", (long)count * gridLength);
        bool planeWaveIncluded = draws[0].Optics is Brightfield or Holography;
        optics.FocusedSpectrum(
            count * gridLength,
            kernels.Upload<MieParticle>("mieParticles", CollectionsMarshal.AsSpan(particles)),
            kernels.Upload<int>("mieOffsets", offsets),
            kernels.Upload<DeviceComplex<T>>("mieCoefficients", CollectionsMarshal.AsSpan(coefficients)),
            kernels.Upload<DeviceComplex<T>>("planeWave", Rounded<T, TMath>(planeWave)),
            new PupilViews<T>
            {
                Focal = kernels.Upload<DeviceComplex<T>>("focal", CollectionsMarshal.AsSpan(focal)),
                BandRows = kernels.Upload<int>("bandRows", CollectionsMarshal.AsSpan(bandRows)),
                BandColumns = kernels.Upload<int>("bandColumns", CollectionsMarshal.AsSpan(bandColumns)),
                Slots = kernels.Upload<int>("pupilSlots", imageSlots),
            },
            spectra,
            new CoherentGrid { Height = gridHeight, Width = gridWidth, Voxel = layout.Voxels.VoxelSize.Meters, PlaneWave = planeWaveIncluded ? 1 : 0 });
        var fields = new DeviceFft<T, TMath>(kernels, optics, gridHeight, gridWidth).Transform(spectra, kernels.Buffer<DeviceComplex<T>>("coherentScratch", (long)count * gridLength), count, inverse: true);
        bool holography = draws[0].Optics is Holography;
        var camera = kernels.Buffer<double>("camera", (long)count * cameraLength * (holography ? 2 : 1));
        var crop = new CropArguments
        {
            GridHeight = gridHeight,
            GridWidth = gridWidth,
            CropRow = layout.CropRow,
            CropColumn = layout.CropColumn,
            OutputHeight = layout.OutputHeight,
            OutputWidth = layout.OutputWidth,
        };
        if (holography)
        {
            optics.Field(count * cameraLength, fields, camera, crop, layout.Upscale);
        }
        else
        {
            optics.Intensity(count * cameraLength, fields, kernels.Upload<DeviceComplex<T>>("references", references), camera, crop, layout.Upscale);
        }

        return camera;
    }

    /// <summary>The values in the precision: the same memory in double, rounded copies in float.</summary>
    private static ReadOnlySpan<T> Rounded<T, TMath>(ReadOnlySpan<double> values)
        where T : unmanaged, INumber<T>
        where TMath : struct, IDeviceMath<T>
    {
        if (typeof(T) == typeof(double))
        {
            return MemoryMarshal.Cast<double, T>(values);
        }

        var m = default(TMath);
        var rounded = new T[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            rounded[i] = m.Of(values[i]);
        }

        return rounded;
    }

    /// <summary>The complex values in the precision: the same memory in double, rounded copies in float.</summary>
    private static ReadOnlySpan<DeviceComplex<T>> Rounded<T, TMath>(ReadOnlySpan<Complex> values)
        where T : unmanaged, INumber<T>
        where TMath : struct, IDeviceMath<T>
        => MemoryMarshal.Cast<T, DeviceComplex<T>>(Rounded<T, TMath>(MemoryMarshal.Cast<Complex, double>(values)));

    private static void ApplyNoise(GpuKernels kernels, IReadOnlyList<SampleDraw> draws, int step, ArrayView<double> images, int pixels)
    {
        int count = draws.Count;
        var keys = new ulong[count];
        var first = new double[count];
        var second = new double[count];
        for (int b = 0; b < count; b++)
        {
            var noise = draws[b].Noise[step];
            keys[b] = noise.Key;
            first[b] = noise.First;
            second[b] = noise.Second;
        }

        if (!draws[0].Noise[step].Poisson)
        {
            kernels.Gaussian(count * pixels, images, kernels.Upload<double>("means", first), kernels.Upload<double>("sigmas", second), kernels.Upload<ulong>("keys", keys), pixels);
            return;
        }

        var maxima = kernels.Buffer<double>("maxima", count);
        int group = NoiseKernels.GroupSize;
        while (group > kernels.Accelerator.MaxNumThreadsPerGroup)
        {
            group /= 2;
        }

        kernels.Maximum(new KernelConfig(count, group), images, maxima, pixels);
        var peak = new double[count];
        maxima.SubView(0, count).CopyToCPU(peak);
        var scales = new double[count];
        for (int b = 0; b < count; b++)
        {
            scales[b] = PhotonsPerUnit(draws[b].Noise[step], peak[b]);
        }

        kernels.Poisson(count * pixels, images, kernels.Upload<double>("scales", scales), kernels.Upload<ulong>("keys", keys), kernels.Upload<double>("logFactorials", LogFactorials), pixels);
    }

    /// <summary>The managed PoissonNoise's photons per unit for an image whose largest pixel is <paramref name="peak"/>, with its checks.</summary>
    private static double PhotonsPerUnit(NoiseStep noise, double peak)
    {
        var feature = noise.Resolved;
        if (double.IsNaN(peak))
        {
            throw new ArgumentException($"{feature.Name} received a pixel that is not finite. The image reaching {feature.Name} must be finite; look at the features before it.");
        }

        double maximum = Math.Max(0, peak), snr = noise.First, background = noise.Second;
        double signal = maximum - background;
        double scale = signal > 0
            ? noise.Definition == SnrDefinition.DeepTrack2 ? snr * snr / (signal * signal) : snr * snr * maximum / (signal * signal)
            : background > 0 ? snr * snr / background : 0;
        double photons = maximum * scale;
        if (scale != 0 && !(double.IsFinite(photons) && photons < 1e300))
        {
            throw new PropertyValueException(
                feature.Name,
                nameof(PoissonNoise.Snr),
                snr,
                $"gives {photons:G3} photons at the brightest pixel (value {maximum:G6}, background {background:G6}): the signal is too small a fraction of the background for its shot noise to reach this SNR");
        }

        return scale;
    }

    private static SimulationLayout SharedLayout(IReadOnlyList<SampleDraw> draws)
    {
        var layout = draws[0].Layout;
        foreach (var draw in draws)
        {
            var other = draw.Layout;
            if (other.GridHeight != layout.GridHeight || other.GridWidth != layout.GridWidth || other.OutputHeight != layout.OutputHeight
                || other.OutputWidth != layout.OutputWidth || other.CropRow != layout.CropRow || other.CropColumn != layout.CropColumn || other.Upscale != layout.Upscale)
            {
                throw new NotSupportedException(
                    $"{draw.Optics.Name}: sample {draw.Index} has another grid than sample {draws[0].Index} ({other.GridHeight}×{other.GridWidth} against {layout.GridHeight}×{layout.GridWidth}, upscale {other.Upscale} against {layout.Upscale}); "
                    + "a GPU batch needs one OutputRegion size, Padding and Upscale for all its samples. Fix them, or generate on the CPU by building without WithGpu.");
            }
        }

        return layout;
    }

    private static void RequireIndexable(long elements, string what)
    {
        if (elements > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(elements), elements, $"The batch needs {elements} {what} (at most 2^31 − 1 per launch): generate smaller batches.");
        }
    }

    private static int Modulo(int value, int modulus)
    {
        int result = value % modulus;
        return result < 0 ? result + modulus : result;
    }

    private static double[] CreateLogFactorials(int count)
    {
        var table = new double[count];
        for (int i = 2; i < count; i++)
        {
            table[i] = table[i - 1] + Math.Log(i);
        }

        return table;
    }
}
