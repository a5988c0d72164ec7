#!/usr/bin/env python3
"""An applicant at the Word page of `shenbao serve`: a filled 申报书.docx and its folder uploaded.

Usage: serve_word.py FORM-PAGE-URL SCREENSHOT-FOLDER DOCX ATTACHMENTS-FOLDER

Chooses the document and the attachments folder (a folder input, as a person picks one), asks
for the check, reads the summary and the findings with where each is, and downloads the
annotated copy. Prints one JSON object. Needs selenium, Debian's chromium and chromium-driver.
"""
import json
import os
import sys
import time

from browser import browser, console_errors
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait


def main():
    url, folder, docx, attachments = sys.argv[1:5]
    downloads = os.path.join(folder, "downloads")
    os.makedirs(downloads, exist_ok=True)
    driver = browser(downloads)
    seen = {}
    try:
        driver.get(url)
        driver.find_element(By.ID, "document").send_keys(docx)
        driver.find_element(By.ID, "attachments").send_keys(attachments)
        driver.find_element(By.CSS_SELECTOR, "#word-form button[type=submit]").click()
        WebDriverWait(driver, 60).until(lambda d: d.find_element(By.ID, "word-result").is_displayed()
                                        or d.find_element(By.ID, "word-status").text not in ("", "正在检查……"))
        seen["status"] = driver.find_element(By.ID, "word-status").text
        seen["summary"] = driver.find_element(By.ID, "word-summary").text
        seen["findings"] = [element.text for element in
                            driver.find_elements(By.CSS_SELECTOR, "#word-findings li.error, #word-findings li.warning")]
        driver.save_screenshot(os.path.join(folder, "1-word.png"))
        driver.find_element(By.ID, "annotated").click()
        name = driver.find_element(By.ID, "annotated").get_attribute("download")
        for _ in range(50):
            if os.path.exists(os.path.join(downloads, name)):
                break
            time.sleep(0.1)
        seen["annotated"] = os.path.join(downloads, name) if os.path.exists(os.path.join(downloads, name)) else ""
        seen["console"] = console_errors(driver)
        print(json.dumps(seen, ensure_ascii=False))
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
