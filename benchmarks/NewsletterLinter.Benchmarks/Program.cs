using BenchmarkDotNet.Running;

namespace NewsletterLinter.Benchmarks
{
    /// <summary>Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/NewsletterLinter.Benchmarks -- --filter '*'</c>.</summary>
    public static class Program
    {
        public static void Main(string[] args)
        {
            if (args.Length == 1 && args[0] == "--profile")
            {
                Profile.Run();
                return;
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        }
    }
}
