#!/usr/bin/env python3
"""An applicant at the form page of `shenbao serve`, in headless Chromium driven by Selenium.

Usage: serve_applicant.py BASE-URL SCREENSHOT-FOLDER EXAMPLE-FOLDER

Opens the home page and picks the first call; types a wrong ID number for the project leader
and waits for the finding beside the field, then fixes it and waits for it to go; adds a row
to the team roster and types a name into it; types past a field's 字 limit and reads the
counter; reloads and reads the fields back; downloads the draft as YAML. Then loads the example
draft (EXAMPLE-FOLDER/draft.yaml) with 载入草稿, drops a file that is not what it says into a
category and reads the finding, removes it, attaches the example's files to their categories,
downloads the filled form as Word and as PDF, reloads (the files are kept), and downloads the
bundle. Takes a screenshot at each step. Prints
one JSON object of what it saw. Needs selenium, PyYAML, Debian's chromium and chromium-driver;
runs offline.
"""
import json
import os
import sys
import time

import yaml

from browser import browser, console_errors
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

WRONG_ID = "310104197803150413"
RIGHT_ID = "310104197803150412"



def findings(driver, path):
    return [element.text for element in
            driver.find_elements(By.CSS_SELECTOR, ".findings[data-for='%s'] .finding" % path)]


def field(driver, path):
    return driver.find_element(By.CSS_SELECTOR, "[data-path='%s']" % path)


def shot(driver, folder, name, element=None):
    if element is not None:
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    driver.save_screenshot(os.path.join(folder, name))


def main():
    base, folder, example = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(folder, exist_ok=True)
    downloads = os.path.join(folder, "downloads")
    os.makedirs(downloads, exist_ok=True)
    driver = browser(downloads)
    wait = WebDriverWait(driver, 10)
    seen = {}
    try:
        driver.get(base)
        seen["calls"] = [element.text for element in driver.find_elements(By.CSS_SELECTOR, ".call-title")]
        shot(driver, folder, "1-home.png")
        driver.find_element(By.CSS_SELECTOR, ".call a.button").click()
        wait.until(lambda d: d.find_element(By.ID, "completeness").text != "")
        seen["title"] = driver.find_element(By.CSS_SELECTOR, "h1").text

        id_number = field(driver, "leader.idNumber")
        id_number.send_keys(WRONG_ID)
        wait.until(lambda d: any("校验位" in text for text in findings(d, "leader.idNumber")))
        seen["wrongID"] = findings(driver, "leader.idNumber")
        shot(driver, folder, "2-wrong-id.png", id_number)

        id_number.send_keys("\b2")
        wait.until(lambda d: not findings(d, "leader.idNumber"))
        seen["fixedID"] = findings(driver, "leader.idNumber")
        shot(driver, folder, "3-fixed-id.png", id_number)

        roster = driver.find_element(By.CSS_SELECTOR, "fieldset.list[data-list='members']")
        roster.find_element(By.CSS_SELECTOR, ":scope > .add-row").click()
        name = field(driver, "members[0].name")
        name.send_keys("陈立华")
        seen["rows"] = len(roster.find_elements(By.CSS_SELECTOR, ".rows > .row"))
        seen["rowLabel"] = roster.find_element(By.CSS_SELECTOR, ".row-label").text
        shot(driver, folder, "4-roster-row.png", name)

        counter = driver.find_element(By.CSS_SELECTOR, ".counter[data-limit]")
        limit = int(counter.get_attribute("data-limit"))
        text_box = counter.find_element(By.XPATH, "./preceding-sibling::*[@data-path]")
        seen["limitPath"] = text_box.get_attribute("data-path")
        text_box.send_keys("字" * limit)
        seen["atLimit"] = [counter.text, "over" in counter.get_attribute("class")]
        text_box.send_keys("多")
        seen["overLimit"] = [counter.text, "over" in counter.get_attribute("class"), counter.value_of_css_property("color")]
        wait.until(lambda d: any("字以内" in text for text in findings(d, seen["limitPath"])))
        seen["limitFinding"] = findings(driver, seen["limitPath"])
        shot(driver, folder, "5-over-limit.png", text_box)

        time.sleep(0.5)
        driver.refresh()
        wait.until(lambda d: d.find_element(By.ID, "completeness").text != "")
        seen["afterReload"] = {
            "leader.idNumber": field(driver, "leader.idNumber").get_attribute("value"),
            "members[0].name": field(driver, "members[0].name").get_attribute("value"),
            "limitLength": len(field(driver, seen["limitPath"]).get_attribute("value")),
        }
        shot(driver, folder, "6-after-reload.png", field(driver, "members[0].name"))

        driver.find_element(By.ID, "download-yaml").click()
        target = os.path.join(downloads, "draft.yaml")
        for _ in range(50):
            if os.path.exists(target):
                break
            time.sleep(0.1)
        seen["downloaded"] = open(target, encoding="utf-8").read() if os.path.exists(target) else ""

        # The example, loaded as a person loads a saved draft, then its files attached.
        driver.find_element(By.ID, "load-yaml").send_keys(os.path.join(example, "draft.yaml"))
        wait.until(lambda d: field(d, "unit.name").get_attribute("value") != "")
        # The files the draft lists are awaited under their categories, titles kept, and said so.
        wait.until(lambda d: d.find_element(By.ID, "attach-again").is_displayed())
        seen["attachAgain"] = driver.find_element(By.ID, "attach-again").text
        seen["awaited"] = [element.text for element in driver.find_elements(By.CSS_SELECTOR, ".file.pending .file-name")]
        seen["awaitedTitles"] = [element.get_attribute("value") for element in
                                 driver.find_elements(By.CSS_SELECTOR, ".file.pending .file-title")]
        # Every error is listed in the overview, each a link to its field.
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#problems ol a"))
        links = driver.find_elements(By.CSS_SELECTOR, "#problems ol a")
        seen["errorLinks"] = [[link.text, link.get_attribute("href").split("#")[-1]] for link in links]
        seen["errorTargets"] = all(driver.find_elements(By.ID, href) for _, href in seen["errorLinks"])
        # The bundle button stays in view, at the top of the page and at its foot.
        def in_view():
            return driver.execute_script(
                "var r=document.getElementById('download-bundle').getBoundingClientRect();"
                "return r.top >= 0 && r.bottom <= window.innerHeight && r.width > 0;")
        driver.execute_script("window.scrollTo(0, 0)")
        seen["bundleInViewTop"] = in_view()
        driver.execute_script("window.scrollTo(0, document.body.scrollHeight)")
        seen["bundleInViewFoot"] = in_view()
        shot(driver, folder, "7a-loaded-draft.png")
        # Boxes sized to their limits; a date typed as its hint says, not in a picker.
        seen["boxes"] = driver.execute_script(
            "return Array.prototype.map.call(document.querySelectorAll('textarea[data-path]'),"
            "function(t){return [t.dataset.path, t.rows];});")
        seen["dateInput"] = [field(driver, "cover.date").get_attribute("type"),
                             field(driver, "cover.date").get_attribute("placeholder")]
        seen["fileButtons"] = driver.execute_script(
            "return Array.prototype.filter.call(document.querySelectorAll('input[type=file]'),"
            "function(i){var r=i.getBoundingClientRect();return r.width>2&&r.height>2;}).length;")
        fake = os.path.join(folder, "假的营业执照.pdf")
        with open(fake, "w", encoding="utf-8") as out:
            out.write("这不是 PDF 文件")
        driver.find_element(By.CSS_SELECTOR, "[data-category-input='businessLicense']").send_keys(fake)
        def fake_findings(d):
            return [element.text for element in d.find_elements(By.CSS_SELECTOR, ".file:not(.pending) .finding")]
        wait.until(lambda d: any("PDF" in text for text in fake_findings(d)))
        seen["fakeFile"] = fake_findings(driver)
        shot(driver, folder, "7-wrong-file.png", driver.find_element(By.CSS_SELECTOR, ".file:not(.pending)"))
        driver.find_element(By.CSS_SELECTOR, ".file:not(.pending) .remove-file").click()
        draft = yaml.safe_load(open(os.path.join(example, "draft.yaml"), encoding="utf-8"))
        for item in draft["attachments"]:
            driver.find_element(By.CSS_SELECTOR, "[data-category-input='%s']" % item["category"]).send_keys(
                os.path.join(example, item["path"]))
            time.sleep(0.2)
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, ".file:not(.pending)")) == len(draft["attachments"]))
        seen["titlesKept"] = [element.get_attribute("value") for element in
                              driver.find_elements(By.CSS_SELECTOR, ".file .file-title")]
        seen["attachAgainAfter"] = driver.find_element(By.ID, "attach-again").is_displayed()
        wait.until(lambda d: d.find_element(By.ID, "problems").text.strip() != "" and
                   "附件材料" not in d.find_element(By.ID, "problems").text)
        seen["problemsWithFiles"] = driver.find_element(By.ID, "problems").text
        # The filled form, as Word and printed to PDF.
        for button, name in (("download-docx", "申报书.docx"), ("download-pdf", "申报书.pdf")):
            driver.find_element(By.ID, button).click()
            target = os.path.join(downloads, name)
            for _ in range(600):
                if os.path.exists(target) and os.path.getsize(target) > 0:
                    break
                time.sleep(0.1)
            time.sleep(0.3)
            seen[button] = open(target, "rb").read(5).decode("latin-1") if os.path.exists(target) else ""
        driver.refresh()
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, ".file")) == len(draft["attachments"]))
        seen["filesAfterReload"] = [element.text for element in driver.find_elements(By.CSS_SELECTOR, ".file-name")]
        shot(driver, folder, "8-attachments.png", driver.find_element(By.CSS_SELECTOR, "fieldset.attachments"))
        driver.find_element(By.ID, "download-bundle").click()
        wait.until(lambda d: d.find_element(By.ID, "bundle-status").text.startswith("已下载"))
        seen["bundleStatus"] = driver.find_element(By.ID, "bundle-status").text
        bundles = []
        for _ in range(50):
            bundles = [name for name in os.listdir(downloads) if name.endswith(".zip")]
            if bundles:
                break
            time.sleep(0.1)
        seen["bundle"] = os.path.join(downloads, bundles[0]) if bundles else ""
        shot(driver, folder, "9-bundle.png", driver.find_element(By.ID, "download-bundle"))
        seen["console"] = console_errors(driver)
        print(json.dumps(seen, ensure_ascii=False))
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
