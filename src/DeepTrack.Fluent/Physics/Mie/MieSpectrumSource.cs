using System;
using System.Numerics;

namespace DeepTrack.Fluent.Physics.Mie;

/// <summary>
/// Everything the exact angular spectrum of one Mie particle depends on, as <c>AddAngularSpectrum</c> uses it, for
/// kernels that evaluate it elsewhere (the GPU batches of DeepTrack.Fluent.Gpu).
/// </summary>
internal sealed record MieSpectrumSource(
    double RowMeters,
    double ColumnMeters,
    double ZMeters,
    double K,
    double SinCollection,
    double IlluminationAngle,
    double Coherence,
    double CosIn,
    double SinIn,
    bool HasAnalyser,
    double CosOut,
    double SinOut,
    MieProjection Projection,
    bool Analysed,
    ReadOnlyMemory<Complex> A,
    ReadOnlyMemory<Complex> B);
