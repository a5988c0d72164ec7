#!/usr/bin/env python3
"""A recommending department at `shenbao serve`: bundles chosen, verified, the summary read.

Usage: serve_department.py BASE-URL SCREENSHOT-FOLDER BUNDLE...

Opens the department's page from the home page, chooses the bundles, sends them, and reads
the summary page that comes back: its rows (unit and status), its groups, the downloads it
offers, and the filter narrowing the rows. Screenshots of the page before and after. Prints
one JSON object. Needs selenium, Debian's chromium and chromium-driver; runs offline.
"""
import json
import os
import sys

from browser import browser, console_errors
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait


def main():
    base, folder, bundles = sys.argv[1], sys.argv[2], sys.argv[3:]
    os.makedirs(folder, exist_ok=True)
    driver = browser()
    seen = {}
    try:
        driver.get(base)
        driver.find_element(By.CSS_SELECTOR, "a[href='/department']").click()
        seen["title"] = driver.find_element(By.TAG_NAME, "h1").text
        driver.find_element(By.CSS_SELECTOR, "input[type=file][accept='.zip']").send_keys("\n".join(bundles))
        driver.save_screenshot(os.path.join(folder, "1-department.png"))
        driver.find_element(By.CSS_SELECTOR, "form.department button[type=submit]").click()
        WebDriverWait(driver, 60).until(lambda d: d.find_elements(By.ID, "summary"))
        rows = driver.find_elements(By.CSS_SELECTOR, "tr.row")
        seen["rows"] = [[cell.text for cell in row.find_elements(By.TAG_NAME, "td")][1:2] +
                        [row.get_attribute("data-status")] for row in rows]
        seen["groups"] = [element.text for element in driver.find_elements(By.CSS_SELECTOR, "tr.group th")]
        seen["downloads"] = [element.get_attribute("download") for element in driver.find_elements(By.CSS_SELECTOR, "a.download")]
        seen["ways"] = [element.text for element in driver.find_elements(By.CSS_SELECTOR, "nav.downloads a.back")]
        seen["counts"] = driver.find_element(By.ID, "counts").text
        driver.save_screenshot(os.path.join(folder, "2-summary.png"))
        driver.find_element(By.ID, "filter").send_keys("第2号")
        seen["filtered"] = len([row for row in rows if row.is_displayed()])
        seen["console"] = console_errors(driver)
        print(json.dumps(seen, ensure_ascii=False))
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
