using System;
using System.IO;
using OpenQA.Selenium.Chrome;
using Xunit;

namespace NewsletterSite.Tests
{
    /// <summary>Debian's Chromium and ChromeDriver, headless; the calling test is skipped without them.</summary>
    internal static class Chromium
    {
        private const string Browser = "/usr/bin/chromium";
        private const string Driver = "/usr/bin/chromedriver";

        public static ChromeDriver Start()
        {
            Skip.If(!File.Exists(Browser) || !File.Exists(Driver), $"Chromium and ChromeDriver are not installed ({Browser}, {Driver}; Debian packages chromium and chromium-driver, which .ci/run installs)");
            var options = new ChromeOptions { BinaryLocation = Browser };
            options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1200,900");
            ChromeDriverService service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
            service.SuppressInitialDiagnosticInformation = true;
            service.HideCommandPromptWindow = true;
            var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
            driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(60);
            return driver;
        }
    }
}
