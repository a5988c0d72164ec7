#!/usr/bin/env python3
"""A table total on the form page of `shenbao serve`: lines typed, the sum read beside the total.

Usage: serve_totals.py FORM-PAGE-URL TOTAL-PATH LINE-PATH=VALUE...

Types each value into its line as a person types, then the total; prints one JSON object with
the sum shown beside the total and whether it is marked as not matching, before and after the
total is corrected to the sum. Needs selenium, Debian's chromium and chromium-driver.
"""
import json
import sys

from browser import browser
from selenium.webdriver.common.by import By


def main():
    url, total_path, lines = sys.argv[1], sys.argv[2], [argument.split("=", 1) for argument in sys.argv[3:]]
    driver = browser()
    seen = {}
    try:
        driver.get(url)
        for path, value in lines:
            driver.find_element(By.CSS_SELECTOR, "[data-path='%s']" % path).send_keys(value)
        total = driver.find_element(By.CSS_SELECTOR, "[data-path='%s']" % total_path)
        sum_shown = total.find_element(By.XPATH, "../span[@class='sum' or contains(@class, 'sum')]")
        total.send_keys("1")
        seen["wrong"] = [sum_shown.text, "over" in sum_shown.get_attribute("class")]
        total.send_keys("\b" + str(sum(float(value) for _, value in lines)).rstrip("0").rstrip("."))
        seen["right"] = [sum_shown.text, "over" in sum_shown.get_attribute("class")]
        print(json.dumps(seen, ensure_ascii=False))
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
