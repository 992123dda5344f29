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

            if (args.Length == 1 && args[0] == "--emit-probe")
            {
                EmitProbe.Run();
                return;
            }

            if (args.Length == 1 && args[0] == "--cold-generator")
            {
                ColdGenerator.Run();
                return;
            }

            if (args.Length == 1 && args[0] == "--allocations")
            {
                AllocationProfile.Run();
                return;
            }

            if (args.Length == 1 && args[0] == "--ratios")
            {
                Ratios.Run();
                return;
            }

            if (args.Length == 1 && args[0] == "--cold-check")
            {
                ColdCheck.Run();
                return;
            }

            if (args.Length == 1 && args[0] == "--profile")
            {
                Profile.Run();
                return;
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        }
    }
}
