#!/usr/bin/env python3
"""Opens a summary page (汇总.html) in headless Chromium as a reviewer would, at 1366 × 900.

Usage: summary_page.py PAGE.html SCREENSHOT.png FILTER-TEXT

Prints one JSON object: the page's width against the window's (nothing may scroll sideways),
the rows and group headings shown before and after typing FILTER-TEXT into the filter box,
the status filter's effect, whether clicking a row opens its findings below it, and the
screenshot's size. Needs selenium and Debian's chromium and chromium-driver; runs offline.
"""
import json
import sys

from browser import browser
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select



def shown(driver, selector):
    return [element for element in driver.find_elements(By.CSS_SELECTOR, selector) if element.is_displayed()]


def main():
    page, screenshot, query = sys.argv[1], sys.argv[2], sys.argv[3]
    driver = browser()
    try:
        driver.get("file://" + page)
        result = {
            "scrollWidth": driver.execute_script("return document.documentElement.scrollWidth"),
            "clientWidth": driver.execute_script("return document.documentElement.clientWidth"),
            "rows": len(shown(driver, "tr.row")),
            "groups": [element.text for element in shown(driver, "tr.group th")],
            "shownText": driver.find_element(By.ID, "shown").text,
            "detailsOpen": len(shown(driver, "tr.detail")),
        }
        first = shown(driver, "tr.row")[0]
        first.click()
        result["detailsAfterClick"] = [element.text for element in shown(driver, "tr.detail")]
        first.click()
        # A row with problems: its 退回说明 to copy, and the button that copies it.
        notes = driver.find_elements(By.CSS_SELECTOR, "tr.detail .return textarea")
        result["returnNotes"] = len(notes)
        if notes:
            row = notes[0].find_element(By.XPATH, "./ancestor::tr[1]/preceding-sibling::tr[1]")
            row.click()
            result["returnNote"] = notes[0].get_attribute("value")
            button = notes[0].find_element(By.XPATH, "./ancestor::div[1]//button")
            button.click()
            result["copied"] = button.text
            row.click()
        # Finding codes are for scripts: none is shown to the reader.
        result["codesShown"] = len(shown(driver, "code"))
        driver.save_screenshot(screenshot)
        box = driver.find_element(By.ID, "filter")
        box.send_keys(query)
        result["filteredRows"] = [row.find_elements(By.TAG_NAME, "td")[1].text for row in shown(driver, "tr.row")]
        result["filteredGroups"] = [element.text for element in shown(driver, "tr.group th")]
        result["filteredShownText"] = driver.find_element(By.ID, "shown").text
        box.clear()
        box.send_keys(" ")  # clear() fires no input event; a space then Backspace does
        box.send_keys("\b")
        status = Select(driver.find_element(By.ID, "status"))
        values = [option.get_attribute("value") for option in status.options]
        status.select_by_value(values[-1])
        result["statusChoice"] = values[-1]
        result["statusRows"] = [row.get_attribute("data-status") for row in shown(driver, "tr.row")]
        print(json.dumps(result, ensure_ascii=False))
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
