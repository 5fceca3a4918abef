using System;
using System.Numerics;
using ILGPU;
using ILGPU.Runtime;

namespace DeepTrack.Fluent.Gpu.Kernels;

/// <summary>The optics' kernels of one precision (stamping, FFT passes, spectra, intensity), compiled once for an accelerator.</summary>
/// <typeparam name="T">double or float.</typeparam>
/// <typeparam name="TMath">Its functions.</typeparam>
internal sealed class OpticsKernels<T, TMath>
    where T : unmanaged, INumber<T>
    where TMath : struct, IDeviceMath<T>
{
    public OpticsKernels(Accelerator accelerator)
    {
        Stamp = accelerator.LoadAutoGroupedStreamKernel<Index1D, StampArguments<T>>(StampKernel.Gather);
        FftPass2 = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<DeviceComplex<T>>, ArrayView<DeviceComplex<T>>, ArrayView<DeviceComplex<T>>, FftPass>(FftKernel.Pass<Radix2, T, TMath>);
        FftPass3 = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<DeviceComplex<T>>, ArrayView<DeviceComplex<T>>, ArrayView<DeviceComplex<T>>, FftPass>(FftKernel.Pass<Radix3, T, TMath>);
        ToComplex = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<T>, ArrayView<DeviceComplex<T>>>(SpectrumKernels.ToComplex);
        MultiplyAccumulate = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<DeviceComplex<T>>, ArrayView<DeviceComplex<T>>, ArrayView<int>, ArrayView<int>, ArrayView<DeviceComplex<T>>, int>(SpectrumKernels.MultiplyAccumulate);
        CropAdd = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<DeviceComplex<T>>, ArrayView<int>, ArrayView<T>, CropArguments>(SpectrumKernels.CropAdd);
        Bin = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<T>, ArrayView<double>, CropArguments, int>(SpectrumKernels.Bin<T, TMath>);
        FocusedSpectrum = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<MieParticle>, ArrayView<int>, ArrayView<DeviceComplex<T>>, ArrayView<DeviceComplex<T>>, PupilViews<T>, ArrayView<DeviceComplex<T>>, CoherentGrid>(CoherentKernels.FocusedSpectrum<T, TMath>);
        Intensity = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<DeviceComplex<T>>, ArrayView<DeviceComplex<T>>, ArrayView<double>, CropArguments, int>(CoherentKernels.Intensity<T, TMath>);
        Field = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<DeviceComplex<T>>, ArrayView<double>, CropArguments, int>(CoherentKernels.Field<T, TMath>);
    }

    public Action<Index1D, StampArguments<T>> Stamp { get; }

    public Action<Index1D, ArrayView<DeviceComplex<T>>, ArrayView<DeviceComplex<T>>, ArrayView<DeviceComplex<T>>, FftPass> FftPass2 { get; }

    public Action<Index1D, ArrayView<DeviceComplex<T>>, ArrayView<DeviceComplex<T>>, ArrayView<DeviceComplex<T>>, FftPass> FftPass3 { get; }

    public Action<Index1D, ArrayView<T>, ArrayView<DeviceComplex<T>>> ToComplex { get; }

    public Action<Index1D, ArrayView<DeviceComplex<T>>, ArrayView<DeviceComplex<T>>, ArrayView<int>, ArrayView<int>, ArrayView<DeviceComplex<T>>, int> MultiplyAccumulate { get; }

    public Action<Index1D, ArrayView<DeviceComplex<T>>, ArrayView<int>, ArrayView<T>, CropArguments> CropAdd { get; }

    public Action<Index1D, ArrayView<T>, ArrayView<double>, CropArguments, int> Bin { get; }

    public Action<Index1D, ArrayView<MieParticle>, ArrayView<int>, ArrayView<DeviceComplex<T>>, ArrayView<DeviceComplex<T>>, PupilViews<T>, ArrayView<DeviceComplex<T>>, CoherentGrid> FocusedSpectrum { get; }

    public Action<Index1D, ArrayView<DeviceComplex<T>>, ArrayView<DeviceComplex<T>>, ArrayView<double>, CropArguments, int> Intensity { get; }

    public Action<Index1D, ArrayView<DeviceComplex<T>>, ArrayView<double>, CropArguments, int> Field { get; }
}
