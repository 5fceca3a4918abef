using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// The pieces of the files that hold training state (<see cref="TrainingState"/>, <see cref="ConditionalGan.SaveState"/>) and
/// weights (<see cref="Checkpoint.Save"/>): a write that replaces the file only once it is complete, a read that turns every kind of damage into one sentence,
/// tensors as element type, shape and raw little-endian elements, optimiser moments, and the checks of saved weights
/// against a model.
/// </summary>
/// <remarks>
/// Written here rather than with TorchSharp's <c>module.save</c> because these files hold more than one module's weights
/// (optimiser averages, a generator's state, counters), and TorchSharp's loader copies entries before it finds a damaged
/// one; these readers build every tensor first and change nothing until the whole file has been checked.
/// </remarks>
internal static class StateFile
{
    /// <summary>Writes a file through <paramref name="write"/> into a temporary file next to it, then renames it over the old one.</summary>
    /// <param name="path">The file.</param>
    /// <param name="write">Writes the content.</param>
    public static void Replace(string path, Action<BinaryWriter> write)
    {
        string full = Path.GetFullPath(path);
        string temporary = full + ".partial";
        try
        {
            using (var stream = File.Create(temporary))
            using (var writer = new BinaryWriter(stream, Encoding.UTF8))
            using (var scope = NewDisposeScope())
            {
                write(writer);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Reads a whole file through <paramref name="read"/> and checks the result; a damaged file or a failed check becomes one reason.</summary>
    /// <typeparam name="T">What the file holds.</typeparam>
    /// <param name="path">The file.</param>
    /// <param name="read">Reads the content (throwing <see cref="InvalidDataException"/> with a reason where it finds one).</param>
    /// <param name="check">The reason the content does not fit (empty: it fits).</param>
    /// <param name="dispose">Frees a content that is refused.</param>
    /// <returns>The content, or the reason it cannot be used.</returns>
    public static (T? Content, string Problem) Read<T>(string path, Func<BinaryReader, T> read, Func<T, string> check, Action<T> dispose)
        where T : class
    {
        T? content = null;
        string problem;
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            content = read(reader);
            problem = stream.Position != stream.Length
                ? $"it has {stream.Length - stream.Position} bytes after its end: the file is corrupt"
                : check(content);
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or InvalidDataException or ArgumentException or OverflowException)
        {
            problem = e is EndOfStreamException ? "it ends in the middle: the file is truncated" : e.Message;
        }

        if (problem.Length > 0 && content is not null)
        {
            dispose(content);
            content = null;
        }

        return (content, problem);
    }

    /// <summary>Reads the first string of the file and checks it is <paramref name="header"/>.</summary>
    /// <param name="reader">The file.</param>
    /// <param name="header">The expected header.</param>
    /// <param name="what">What such a file is, for the message.</param>
    public static void ReadHeader(BinaryReader reader, string header, string what)
    {
        if (reader.ReadString() != header)
        {
            throw new InvalidDataException($"it does not start as {what} does");
        }
    }

    /// <summary>Writes named tensors.</summary>
    /// <param name="writer">The file.</param>
    /// <param name="tensors">The tensors by name.</param>
    public static void WriteTensors(BinaryWriter writer, Dictionary<string, Tensor> tensors)
    {
        writer.Write(tensors.Count);
        foreach (var (name, tensor) in tensors)
        {
            writer.Write(name);
            WriteTensor(writer, tensor);
        }
    }

    /// <summary>Reads named tensors (CPU, outside any dispose scope).</summary>
    /// <param name="reader">The file.</param>
    /// <returns>The tensors by name.</returns>
    public static Dictionary<string, Tensor> ReadTensors(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        var tensors = new Dictionary<string, Tensor>();
        for (int i = 0; i < count; i++)
        {
            string name = reader.ReadString();
            tensors[name] = ReadTensor(reader);
        }

        return tensors;
    }

    /// <summary>Writes an optimiser's moments.</summary>
    /// <param name="writer">The file.</param>
    /// <param name="optimizer">The optimiser.</param>
    public static void WriteMoments(BinaryWriter writer, TrainingOptimizer optimizer)
    {
        var moments = optimizer.Moments();
        writer.Write(moments.Count);
        foreach (var moment in moments)
        {
            writer.Write(moment.Steps);
            WriteOptionalTensor(writer, moment.First);
            WriteOptionalTensor(writer, moment.Second);
        }
    }

    /// <summary>Reads an optimiser's moments (CPU tensors, outside any dispose scope).</summary>
    /// <param name="reader">The file.</param>
    /// <returns>One entry per parameter.</returns>
    public static List<TrainingOptimizer.ParameterMoments> ReadMoments(BinaryReader reader)
    {
        int parameters = reader.ReadInt32();
        var moments = new List<TrainingOptimizer.ParameterMoments>();
        for (int i = 0; i < parameters; i++)
        {
            moments.Add(new TrainingOptimizer.ParameterMoments(reader.ReadInt64(), ReadOptionalTensor(reader), ReadOptionalTensor(reader)));
        }

        return moments;
    }

    /// <summary>Writes a tensor: element type, shape, raw elements.</summary>
    /// <param name="writer">The file.</param>
    /// <param name="tensor">The tensor (any device).</param>
    public static void WriteTensor(BinaryWriter writer, Tensor tensor)
    {
        using var scope = NewDisposeScope();
        var data = tensor.detach().cpu().contiguous();
        writer.Write((int)data.dtype);
        writer.Write((int)data.dim());
        foreach (long size in data.shape)
        {
            writer.Write(size);
        }

        writer.Write(data.bytes);
    }

    /// <summary>Reads a tensor written by <see cref="WriteTensor"/> (CPU, outside any dispose scope).</summary>
    /// <param name="reader">The file.</param>
    /// <returns>The tensor.</returns>
    public static Tensor ReadTensor(BinaryReader reader)
    {
        var dtype = (ScalarType)reader.ReadInt32();
        if (!Enum.IsDefined(dtype))
        {
            throw new InvalidDataException($"a tensor's element type code {(int)dtype} is unknown: the file is corrupt");
        }

        int dimensions = reader.ReadInt32();
        if (dimensions is < 0 or > 64)
        {
            throw new InvalidDataException($"a tensor claims {dimensions} dimensions: the file is corrupt");
        }

        var shape = new long[dimensions];
        for (int d = 0; d < dimensions; d++)
        {
            shape[d] = reader.ReadInt64();
            if (shape[d] < 0)
            {
                throw new InvalidDataException($"a tensor claims a dimension of {shape[d]}: the file is corrupt");
            }
        }

        var tensor = empty(shape, dtype).DetachFromDisposeScope();
        long bytes = tensor.numel() * tensor.ElementSize;
        if (bytes > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            tensor.Dispose();
            throw new EndOfStreamException();
        }

        tensor.bytes = reader.ReadBytes(checked((int)bytes));
        return tensor;
    }

    /// <summary>How saved weights differ from a model's (null: they fit).</summary>
    /// <param name="what">Whose weights, for the message ("the model's").</param>
    /// <param name="saved">The saved tensors.</param>
    /// <param name="expected">The model's state dictionary.</param>
    /// <returns>The first difference, or null.</returns>
    public static string? WeightsMismatch(string what, Dictionary<string, Tensor> saved, Dictionary<string, Tensor> expected)
    {
        if (saved.Count != expected.Count)
        {
            return $"{what} weights in it are {saved.Count} entries, but the model has {expected.Count}: it was written for another architecture";
        }

        foreach (var (name, tensor) in expected)
        {
            if (!saved.TryGetValue(name, out var entry))
            {
                return $"{what} weights in it have no entry '{name}': it was written for another architecture";
            }

            if (entry.dtype != tensor.dtype || !entry.shape.SequenceEqual(tensor.shape))
            {
                return $"{what} entry '{name}' is {entry.dtype} ({string.Join(", ", entry.shape)}) in it, but {tensor.dtype} ({string.Join(", ", tensor.shape)}) in the model";
            }
        }

        return null;
    }

    /// <summary>How saved moments differ from an optimiser's parameters (null: they fit).</summary>
    /// <param name="what">Whose optimiser, for the message.</param>
    /// <param name="moments">The saved moments.</param>
    /// <param name="optimizer">The optimiser.</param>
    /// <returns>The first difference, or null.</returns>
    public static string? MomentsMismatch(string what, List<TrainingOptimizer.ParameterMoments> moments, TrainingOptimizer optimizer)
    {
        var parameters = optimizer.Parameters;
        if (moments.Count != parameters.Count)
        {
            return $"{what} optimiser state in it covers {moments.Count} parameters, but the model has {parameters.Count}";
        }

        for (int i = 0; i < parameters.Count; i++)
        {
            foreach (var moment in new[] { moments[i].First, moments[i].Second })
            {
                if (moment is not null && !moment.shape.SequenceEqual(parameters[i].shape))
                {
                    return $"{what} optimiser's average of parameter {i} has shape ({string.Join(", ", moment.shape)}), but the parameter ({string.Join(", ", parameters[i].shape)})";
                }
            }
        }

        return null;
    }

    /// <summary>Copies saved weights into a model (no gradients).</summary>
    /// <param name="model">The model.</param>
    /// <param name="weights">Tensors of its state dictionary's names and shapes.</param>
    public static void CopyInto(nn.Module model, Dictionary<string, Tensor> weights)
    {
        using var noGrad = no_grad();
        foreach (var (name, target) in model.state_dict())
        {
            target.copy_(weights[name]);
        }
    }

    /// <summary>Frees tensors (saved weights, a snapshot of a model's state).</summary>
    /// <param name="tensors">The tensors.</param>
    public static void Dispose(IEnumerable<Tensor> tensors)
    {
        foreach (var tensor in tensors)
        {
            tensor.Dispose();
        }
    }

    /// <summary>Frees moments' tensors.</summary>
    /// <param name="moments">The moments.</param>
    public static void Dispose(IEnumerable<TrainingOptimizer.ParameterMoments> moments)
    {
        foreach (var moment in moments)
        {
            moment.First?.Dispose();
            moment.Second?.Dispose();
        }
    }

    private static void WriteOptionalTensor(BinaryWriter writer, Tensor? tensor)
    {
        writer.Write(tensor is not null);
        if (tensor is not null)
        {
            WriteTensor(writer, tensor);
        }
    }

    private static Tensor? ReadOptionalTensor(BinaryReader reader) => reader.ReadBoolean() ? ReadTensor(reader) : null;
}
