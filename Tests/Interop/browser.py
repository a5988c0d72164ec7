"""Headless Chromium for the page tests, driven by Selenium offline: Debian's chromium and
chromium-driver, at 1366 × 900, Chinese, downloads (when asked) into a folder without asking,
the console kept so a test can say that no script failed."""
from selenium import webdriver
from selenium.webdriver.chrome.service import Service


def browser(downloads=None):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1366,900",
                     "--disable-dev-shm-usage", "--lang=zh-CN"):
        options.add_argument(argument)
    if downloads:
        options.add_experimental_option("prefs", {"download.default_directory": downloads,
                                                  "download.prompt_for_download": False})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def console_errors(driver):
    """What the page's scripts or loads reported as errors."""
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
