using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.InteropServices;
using DeepTrack.Fluent.Gpu.Kernels;
using ILGPU.Runtime;

namespace DeepTrack.Fluent.Gpu.Batching;

/// <summary>Mie far fields of a batch of particles on the device (<see cref="MieKernel.Field"/>), one grid per particle, in one launch.</summary>
internal static class DeviceMie
{
    /// <summary>The scattered fields, field-major, height × width each.</summary>
    /// <param name="kernels">The device's kernels (the caller holds the device's gate).</param>
    /// <param name="fields">The geometry of each field (coefficient offsets are set here).</param>
    /// <param name="coefficients">The a_n and b_n of each field.</param>
    /// <param name="height">Rows per field.</param>
    /// <param name="width">Columns per field.</param>
    /// <returns>The fields.</returns>
    public static Complex[] Fields(GpuKernels kernels, IReadOnlyList<MieField> fields, IReadOnlyList<(ReadOnlyMemory<Complex> A, ReadOnlyMemory<Complex> B)> coefficients, int height, int width)
    {
        var parameters = new MieField[fields.Count];
        var values = new List<Complex2>();
        for (int f = 0; f < fields.Count; f++)
        {
            var (a, b) = coefficients[f];
            if (a.Length != b.Length)
            {
                throw new ArgumentException($"Field {f} has {a.Length} a_n but {b.Length} b_n.", nameof(coefficients));
            }

            parameters[f] = fields[f] with { Terms = a.Length, CoefficientOffset = values.Count };
            for (int n = 0; n < a.Length; n++)
            {
                values.Add(new Complex2(a.Span[n].Real, a.Span[n].Imaginary));
                values.Add(new Complex2(b.Span[n].Real, b.Span[n].Imaginary));
            }
        }

        long length = (long)fields.Count * height * width;
        if (length > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(fields), fields.Count, $"{length} field values exceed one launch (2^31 − 1): compute fewer fields at a time.");
        }

        var output = kernels.Buffer<Complex2>("mieFields", length);
        kernels.MieField((int)length, kernels.Upload<MieField>("mieParameters", parameters), kernels.Upload<Complex2>("mieCoefficients", CollectionsMarshal.AsSpan(values)), output, height, width);
        kernels.Accelerator.Synchronize();
        var result = new Complex[length];
        output.SubView(0, length).CopyToCPU(MemoryMarshal.Cast<Complex, Complex2>(result.AsSpan()));
        return result;
    }
}
