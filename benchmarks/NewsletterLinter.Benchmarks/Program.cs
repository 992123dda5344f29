using BenchmarkDotNet.Running;

namespace NewsletterLinter.Benchmarks
{
    /// <summary>Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/NewsletterLinter.Benchmarks -- --filter '*'</c>.</summary>
    public static class Program
    {
        public static void Main(string[] args)
        {
            if (args.Length == 3 && args[0] == "synth")
            {
                // dotnet run -c Release --project benchmarks/NewsletterLinter.Benchmarks -- synth <folder> <count>
                SyntheticCorpus.Write(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
                return;
            }

            // The harnesses that are not BenchmarkDotNet benchmarks, each named by its option.
            var harnesses = new System.Collections.Generic.Dictionary<string, System.Action>
            {
                ["--emit-probe"] = EmitProbe.Run,
                ["--cold-generator"] = ColdGenerator.Run,
                ["--allocations"] = AllocationProfile.Run,
                ["--ratios"] = Ratios.Run,
                ["--cold-check"] = ColdCheck.Run,
                ["--profile"] = Profile.Run,
            };
            if (args.Length == 1 && harnesses.TryGetValue(args[0], out System.Action? run))
            {
                run();
                return;
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        }
    }
}
