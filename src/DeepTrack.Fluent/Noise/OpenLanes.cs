using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace DeepTrack.Fluent.Noise;

/// <summary>
/// Collects the open lanes of a vector of pixels (index, mean, uniform) at the front of three spans, in lane order:
/// how <see cref="PoissonNoise"/> gathers the pixels its shortcut leaves for inversion. The lanes are open in about
/// half of the vectors of a bright image, so a branch on the mask is mispredicted often; the packed ways have none.
/// </summary>
internal static class OpenLanes
{
    /// <summary>How the lanes are packed.</summary>
    internal enum Packing
    {
        /// <summary>Lane by lane, every lane written and the count advanced by the open ones (any vector width).</summary>
        Loop,

        /// <summary>AVX2: one permutation per span, looked up by the four-bit mask (vectors of four doubles).</summary>
        Permute,

        /// <summary>AVX-512: one compress per span (vectors of four doubles).</summary>
        Compress,
    }

    /// <summary>The fastest way this machine supports (measured: compress before permute before the loop).</summary>
    public static Packing Best { get; } = IsSupported(Packing.Compress) ? Packing.Compress : IsSupported(Packing.Permute) ? Packing.Permute : Packing.Loop;

    /// <summary>
    /// For each four-bit mask, the 32-bit elements that <see cref="Avx2.PermuteVar8x32(Vector256{float}, Vector256{int})"/>
    /// moves to the front: the two halves of each open double lane in order, then anything.
    /// </summary>
    private static ReadOnlySpan<int> Permutations =>
    [
        0, 1, 0, 1, 0, 1, 0, 1,
        0, 1, 0, 1, 0, 1, 0, 1,
        2, 3, 0, 1, 0, 1, 0, 1,
        0, 1, 2, 3, 0, 1, 0, 1,
        4, 5, 0, 1, 0, 1, 0, 1,
        0, 1, 4, 5, 0, 1, 0, 1,
        2, 3, 4, 5, 0, 1, 0, 1,
        0, 1, 2, 3, 4, 5, 0, 1,
        6, 7, 0, 1, 0, 1, 0, 1,
        0, 1, 6, 7, 0, 1, 0, 1,
        2, 3, 6, 7, 0, 1, 0, 1,
        0, 1, 2, 3, 6, 7, 0, 1,
        4, 5, 6, 7, 0, 1, 0, 1,
        0, 1, 4, 5, 6, 7, 0, 1,
        2, 3, 4, 5, 6, 7, 0, 1,
        0, 1, 2, 3, 4, 5, 6, 7,
    ];

    /// <summary>For each four-bit mask, the open lanes in order, then zeros.</summary>
    private static ReadOnlySpan<int> Lanes =>
    [
        0, 0, 0, 0,
        0, 0, 0, 0,
        1, 0, 0, 0,
        0, 1, 0, 0,
        2, 0, 0, 0,
        0, 2, 0, 0,
        1, 2, 0, 0,
        0, 1, 2, 0,
        3, 0, 0, 0,
        0, 3, 0, 0,
        1, 3, 0, 0,
        0, 1, 3, 0,
        2, 3, 0, 0,
        0, 2, 3, 0,
        1, 2, 3, 0,
        0, 1, 2, 3,
    ];

    /// <summary>Whether this machine can pack lanes in the given way.</summary>
    /// <param name="packing">The way.</param>
    /// <returns>True when its instructions exist here and the vectors have the width it is written for.</returns>
    public static bool IsSupported(Packing packing) => packing switch
    {
        Packing.Loop => true,
        Packing.Permute => Avx2.IsSupported && Vector<double>.Count == Vector256<double>.Count,
        Packing.Compress => Avx512F.VL.IsSupported && Vector<double>.Count == Vector256<double>.Count,
        _ => false,
    };

    /// <summary>
    /// Writes the pixels of the open lanes (index, mean, uniform) from the three references on, in lane order, and
    /// returns how many there are; each reference has room for a whole vector after it (not checked: the caller
    /// checks it once for a loop of calls), whose lanes beyond the count are overwritten with anything.
    /// </summary>
    /// <param name="packing">The way to pack (one that <see cref="IsSupported"/> allows).</param>
    /// <param name="open">All bits set in the lanes to collect, none in the others.</param>
    /// <param name="start">The index of the vector's first pixel.</param>
    /// <param name="mean">The pixels' means.</param>
    /// <param name="u">The pixels' uniforms.</param>
    /// <param name="index">Receives the open pixels' indices, from here on.</param>
    /// <param name="means">Receives their means, from here on.</param>
    /// <param name="uniforms">Receives their uniforms, from here on.</param>
    /// <returns>The number of open lanes.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Collect(Packing packing, Vector<long> open, int start, Vector<double> mean, Vector<double> u, ref int index, ref double means, ref double uniforms)
    {
        if (packing == Packing.Compress && IsSupported(Packing.Compress))
        {
            var mask = open.AsVector256();
            Avx512F.VL.Compress(Vector256<double>.Zero, mask.AsDouble(), mean.AsVector256()).StoreUnsafe(ref means);
            Avx512F.VL.Compress(Vector256<double>.Zero, mask.AsDouble(), u.AsVector256()).StoreUnsafe(ref uniforms);
            Avx512F.VL.Compress(Vector128<int>.Zero, Avx512F.VL.ConvertToVector128Int32(mask), Vector128.Create(start) + Vector128.Create(0, 1, 2, 3)).StoreUnsafe(ref index);
            return BitOperations.PopCount(mask.ExtractMostSignificantBits());
        }

        if (packing == Packing.Permute && IsSupported(Packing.Permute))
        {
            return Permute(open, start, mean, u, ref index, ref means, ref uniforms);
        }

        return Loop(open, start, mean, u, ref index, ref means, ref uniforms);
    }

    /// <summary>The AVX2 way: the mask's row of <see cref="Permutations"/> moves the open lanes to the front of each vector.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Permute(Vector<long> open, int start, Vector<double> mean, Vector<double> u, ref int index, ref double means, ref double uniforms)
    {
        uint mask = open.AsVector256().ExtractMostSignificantBits();
        var permutation = Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(Permutations), 8 * mask);
        Avx2.PermuteVar8x32(mean.AsVector256().AsSingle(), permutation).AsDouble().StoreUnsafe(ref means);
        Avx2.PermuteVar8x32(u.AsVector256().AsSingle(), permutation).AsDouble().StoreUnsafe(ref uniforms);
        (Vector128.Create(start) + Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(Lanes), 4 * mask)).StoreUnsafe(ref index);
        return BitOperations.PopCount(mask);
    }

    /// <summary>The portable way: every lane written, the count advanced by the open ones.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Loop(Vector<long> open, int start, Vector<double> mean, Vector<double> u, ref int index, ref double means, ref double uniforms)
    {
        if (open == Vector<long>.Zero)
        {
            return 0;
        }

        int count = 0;
        for (int lane = 0; lane < Vector<double>.Count; lane++)
        {
            Unsafe.Add(ref index, count) = start + lane;
            Unsafe.Add(ref means, count) = mean[lane];
            Unsafe.Add(ref uniforms, count) = u[lane];
            count += (int)(open[lane] & 1);
        }

        return count;
    }
}
