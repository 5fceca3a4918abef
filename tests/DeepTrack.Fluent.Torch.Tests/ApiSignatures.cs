using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace DeepTrack.Fluent.Torch.Tests;

/// <summary>
/// The public API of the Torch package as C#-style signatures, the form the README's reference tables use:
/// <c>new Cnn(int channels, …, long seed = 0)</c>, <c>TrainingHistory Trainer.Fit(ITrainingData training, SampleSet? validation = null)</c>,
/// <c>int TrainerOptions.Epochs = 10</c>.
/// </summary>
internal static class ApiSignatures
{
    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(int)] = "int", [typeof(long)] = "long", [typeof(ulong)] = "ulong", [typeof(double)] = "double",
        [typeof(float)] = "float", [typeof(bool)] = "bool", [typeof(string)] = "string", [typeof(object)] = "object",
    };

    /// <summary>
    /// Every public constructor, method and static property of the package's public types, and the properties of its options records.
    /// The compiler's marker types of extension blocks are skipped: their members are listed as the static methods they compile to.
    /// </summary>
    public static SortedSet<string> All(Assembly assembly)
    {
        var context = new NullabilityInfoContext();
        var result = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in assembly.GetExportedTypes().Where(t => !typeof(Delegate).IsAssignableFrom(t) && !t.IsEnum && !t.IsInterface && !t.Name.StartsWith('<')))
        {
            string owner = Name(type, null, new Queue<string?>());
            foreach (var constructor in type.GetConstructors(BindingFlags.Public | BindingFlags.Instance))
            {
                result.Add($"new {owner}({Parameters(constructor, context)})");
            }

            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (Listed(method))
                {
                    string name = method.Name == "op_Addition" ? "operator +" : method.Name;
                    string generic = method.IsGenericMethodDefinition ? $"<{string.Join(", ", method.GetGenericArguments().Select(a => a.Name))}>" : "";
                    result.Add($"{Name(method.ReturnType, context.Create(method.ReturnParameter), method.ReturnParameter)} {owner}.{name}{generic}({Parameters(method, context)})");
                }
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                result.Add($"{Name(property.PropertyType, context.Create(property), property)} {owner}.{property.Name}");
            }

            if (type.Name.EndsWith("Options", StringComparison.Ordinal))
            {
                object defaults = Activator.CreateInstance(type)!;
                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(p => p.Name != "EqualityContract"))
                {
                    string value = Value(property.GetValue(defaults));
                    result.Add($"{Name(property.PropertyType, context.Create(property), property)} {owner}.{property.Name}{(value.Length > 0 ? " = " + value : "")}");
                }
            }
        }

        return result;
    }

    /// <summary>A method a reader calls: not an accessor, override, record member or Dispose.</summary>
    private static bool Listed(MethodInfo method)
        => (!method.IsSpecialName || method.Name == "op_Addition")
            && method.GetBaseDefinition() == method
            && method.GetCustomAttribute<CompilerGeneratedAttribute>() is null
            && method.Name is not ("Dispose" or "ToString" or "Equals" or "GetHashCode" or "Deconstruct" or "PrintMembers" or "<Clone>$");

    private static string Parameters(MethodBase method, NullabilityInfoContext context)
        => string.Join(", ", method.GetParameters().Select(p =>
            $"{(p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : "")}{Name(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType, context.Create(p), p)} {p.Name}{(p.HasDefaultValue ? " = " + Value(p.DefaultValue, "null") : "")}"));

    private static string Value(object? value, string none = "")
        => value switch
        {
            null => none,
            bool b => b ? "true" : "false",
            double d => Number(d),
            float f => Number(f),
            Enum e => $"{e.GetType().Name}.{e}",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            System.Collections.ICollection { Count: 0 } => "[]",
            _ => "",
        };

    private static string Number(double value)
    {
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        int e = text.IndexOf('E');
        return e < 0 ? text : $"{text[..e]}e{int.Parse(text[(e + 1)..], CultureInfo.InvariantCulture)}";
    }

    /// <summary>A type as C# writes it, with nullable annotations and tuple element names.</summary>
    private static string Name(Type type, NullabilityInfo? nullability, ICustomAttributeProvider? provider)
    {
        var names = new Queue<string?>(provider?.GetCustomAttributes(typeof(TupleElementNamesAttribute), false)
            .Cast<TupleElementNamesAttribute>().SingleOrDefault()?.TransformNames ?? []);
        return Name(type, nullability, names);
    }

    private static string Name(Type type, NullabilityInfo? nullability, Queue<string?> tupleNames)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying, null, tupleNames) + "?";
        }

        string suffix = !type.IsValueType && nullability?.ReadState == NullabilityState.Nullable ? "?" : "";
        if (type.IsArray)
        {
            return Name(type.GetElementType()!, nullability?.ElementType, tupleNames) + "[]" + suffix;
        }

        if (Keywords.TryGetValue(type, out string? keyword))
        {
            return keyword + suffix;
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        var arguments = type.GetGenericArguments();
        if (type.IsGenericType && type.FullName?.StartsWith("System.ValueTuple`", StringComparison.Ordinal) == true)
        {
            var own = arguments.Select(_ => tupleNames.Count > 0 ? tupleNames.Dequeue() : null).ToArray();
            var elements = arguments.Select((a, i) => Name(a, nullability?.GenericTypeArguments[i], tupleNames) + (own[i] is { } n ? " " + n : ""));
            return $"({string.Join(", ", elements)})";
        }

        string name = type.Name.Split('`')[0];
        for (var outer = type.DeclaringType; outer is not null && outer != typeof(TorchSharp.torch); outer = outer.DeclaringType)
        {
            name = outer.Name.Split('`')[0] + "." + name;
        }

        if (arguments.Length > 0 && type.IsGenericType)
        {
            var declared = type.DeclaringType?.GetGenericArguments().Length ?? 0;
            var own = arguments.Skip(declared).Select((a, i) => Name(a, nullability?.GenericTypeArguments.ElementAtOrDefault(declared + i), tupleNames));
            name += $"<{string.Join(", ", own)}>";
        }

        return name + suffix;
    }
}
