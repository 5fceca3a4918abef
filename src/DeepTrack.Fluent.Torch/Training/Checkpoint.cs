using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// Saves and loads a model's weights in TorchSharp's format (<c>module.save</c> / <c>module.load</c>), with two guarantees
/// TorchSharp does not give: a save replaces the file only once it is complete, and a load checks the whole file against
/// the model before it changes a single weight, so that a truncated, corrupt or foreign file is reported by name, with the
/// reason, and leaves the model as it was.
/// </summary>
/// <remarks>
/// TorchSharp's format: the number of entries (LEB128), then per entry its name (a .NET <see cref="BinaryWriter"/> string),
/// the element type, the number of dimensions and each dimension (LEB128), and the raw little-endian elements. The check
/// reads this structure itself because TorchSharp's loader reports <c>Mismatched state_dict sizes</c> or an
/// <see cref="EndOfStreamException"/> without naming the file, and copies the entries it has read before it fails.
/// </remarks>
public static class Checkpoint
{
    /// <summary>Writes the model's parameters and buffers to <paramref name="path"/> (a temporary file next to it, then renamed).</summary>
    /// <param name="model">The model.</param>
    /// <param name="path">The file.</param>
    public static void Save(nn.Module model, string path)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        StateFile.Replace(path, writer => model.save(writer));
    }

    /// <summary>Loads weights saved by <see cref="Save"/> (or by TorchSharp's <c>module.save</c>) into a model of the same architecture.</summary>
    /// <param name="model">The model, built as the one that was saved.</param>
    /// <param name="path">The file.</param>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="InvalidDataException">
    /// The file is truncated or corrupt, or holds other entries, shapes or element types than the model (the message names
    /// the file, the entry and both sides); the model is unchanged.
    /// </exception>
    public static void Load(nn.Module model, string path)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"There is no checkpoint '{path}'.", path);
        }

        var expected = model.state_dict();
        string problem = Check(path, expected);
        if (problem.Length > 0)
        {
            throw new InvalidDataException($"The checkpoint '{path}' cannot be loaded into {model.GetType().Name}: {problem}.");
        }

        model.load(path);
    }

    /// <summary>What is wrong with the file for these entries (empty: nothing).</summary>
    private static string Check(string path, Dictionary<string, Tensor> expected)
    {
        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        long length = stream.Length;
        if (length == 0)
        {
            return "the file is empty";
        }

        try
        {
            long count = ReadCount(reader, "the number of entries");
            if (count != expected.Count)
            {
                return $"it holds {count} entries, but the model has {expected.Count}: it was saved from another architecture";
            }

            var seen = new HashSet<string>();
            for (long i = 0; i < count; i++)
            {
                long at = stream.Position;
                string key = reader.ReadString();
                if (!expected.TryGetValue(key, out var tensor))
                {
                    string names = string.Join(", ", expected.Keys.Except(seen).Take(5));
                    return $"entry {i} (at byte {at}) is named '{key}', which the model does not have (its remaining entries include {names}): it was saved from another architecture";
                }

                if (!seen.Add(key))
                {
                    return $"entry {i} (at byte {at}) repeats the name '{key}': the file is corrupt";
                }

                long type = ReadCount(reader, $"the element type of '{key}'");
                if (type != (long)tensor.dtype)
                {
                    string saved = Enum.IsDefined((ScalarType)type) ? ((ScalarType)type).ToString() : $"code {type}";
                    return $"'{key}' holds {saved} elements in the file, but {tensor.dtype} in the model";
                }

                long dimensions = ReadCount(reader, $"the number of dimensions of '{key}'");
                if (dimensions > 64)
                {
                    return $"'{key}' claims {dimensions} dimensions: the file is corrupt";
                }

                var shape = new long[dimensions];
                for (int d = 0; d < dimensions; d++)
                {
                    shape[d] = ReadCount(reader, $"the shape of '{key}'");
                }

                if (!shape.SequenceEqual(tensor.shape))
                {
                    return $"'{key}' has shape ({string.Join(", ", shape)}) in the file, but ({string.Join(", ", tensor.shape)}) in the model: it was saved from a model built with other sizes";
                }

                long bytes = tensor.numel() * tensor.ElementSize;
                if (stream.Position + bytes > length)
                {
                    return $"it ends after {length} bytes, but the data of '{key}' need {bytes} bytes from byte {stream.Position}: the file is truncated";
                }

                stream.Seek(bytes, SeekOrigin.Current);
            }

            if (stream.Position != length)
            {
                return $"it has {length - stream.Position} bytes after its last entry (it should end at byte {stream.Position}): the file is corrupt or holds something else";
            }

            return "";
        }
        catch (EndOfStreamException)
        {
            return $"it ends after {length} bytes, in the middle of an entry's header: the file is truncated";
        }
        catch (FormatException)
        {
            return $"the length of an entry's name at byte {stream.Position} is not a valid number: the file is corrupt or not a TorchSharp checkpoint";
        }
        catch (InvalidDataException bad)
        {
            return $"{bad.Message} at byte {stream.Position}: the file is corrupt or not a TorchSharp checkpoint";
        }
    }

    /// <summary>A LEB128 number as TorchSharp writes it (at most 9 bytes of 7 bits: a non-negative 63-bit value).</summary>
    private static long ReadCount(BinaryReader reader, string what)
    {
        long result = 0;
        for (int i = 0; ; i++)
        {
            if (i == 9)
            {
                throw new InvalidDataException($"{what} is not a valid number");
            }

            long b = reader.ReadByte();
            result |= (b & 0x7f) << (7 * i);
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }
    }
}
