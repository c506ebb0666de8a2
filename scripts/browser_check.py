#!/usr/bin/env python3
"""Opens the HTML report in headless Chromium and checks what a reader does.

    scripts/browser_check.py [--report FILE] [--out DIR]

Without --report it writes one with the release binary
(`netrisk report --country CI`). Checks, each failing the run with exit 1:

  - the page logs no console error (SEVERE);
  - the map draws country outlines, and Côte d'Ivoire (the --country) is
    highlighted, zoomed on in a panel, and its card is open;
  - clicking the "Score" header sorts the table ascending, clicking again
    descending (read back from the rows);
  - typing "tonga" in the filter box leaves one row;
  - clicking Tonga on the map opens its (collapsed) card;
  - following a table link to a card opens it.

Screenshots of the first screen and of Tonga's card go to --out (default
./browser-check). Needs Chromium and its driver (Debian: `apt-get install
chromium chromium-driver`; installed here when missing and run as root) and
Selenium (`pip install selenium`, installed when missing). Exit 2 when they
cannot be had. Not part of `swift test`: a user's clone need not have a browser.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def ensure_tools():
    if not shutil.which("chromedriver"):
        if os.geteuid() == 0 and shutil.which("apt-get"):
            subprocess.run(["apt-get", "install", "-y", "-q", "chromium", "chromium-driver"], check=False)
        if not shutil.which("chromedriver"):
            print("browser_check: no chromedriver; install chromium and chromium-driver", file=sys.stderr)
            sys.exit(2)
    try:
        import selenium  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "selenium"], check=False)
        try:
            import selenium  # noqa: F401
        except ImportError:
            print("browser_check: Selenium is missing and could not be installed (pip install selenium)", file=sys.stderr)
            sys.exit(2)


def write_report(path):
    binary = os.path.join(ROOT, ".build", "release", "netrisk")
    if not os.path.exists(binary):
        subprocess.run(["swift", "build", "-c", "release", "--product", "netrisk"], cwd=ROOT, check=True)
    subprocess.run([binary, "report", "--country", "CI", "--out", path], cwd=ROOT, check=True)


failures = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition:
        failures.append(message)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--report", help="the report to open (default: write one)")
    parser.add_argument("--out", default="browser-check", help="where the screenshots go")
    args = parser.parse_args()
    ensure_tools()
    from selenium import webdriver
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By

    report = args.report
    if report is None:
        report = os.path.join(tempfile.mkdtemp(prefix="netrisk-browser-"), "report.html")
        write_report(report)
    os.makedirs(args.out, exist_ok=True)

    options = webdriver.ChromeOptions()
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900"]:
        options.add_argument(flag)
    if shutil.which("chromium"):
        options.binary_location = shutil.which("chromium")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=shutil.which("chromedriver")), options=options)
    try:
        driver.get("file://" + os.path.abspath(report))
        driver.save_screenshot(os.path.join(args.out, "first-screen.png"))
        outlines = driver.find_elements(By.CSS_SELECTOR, "svg.map path[data-code]")
        check(len(outlines) > 150, f"the map draws country outlines ({len(outlines)})")
        highlighted = driver.find_elements(By.CSS_SELECTOR, "svg.map > g[stroke='#000000'] > path, svg.map > g[stroke='#000000'] > circle")
        check(len(highlighted) == 1, "the --country is outlined in black")
        inset = driver.find_elements(By.CSS_SELECTOR, "svg.map g.inset svg")
        check(len(inset) == 1 and inset[0].size["width"] > 100, "a panel zooms on the --country's region")
        check(driver.execute_script("return document.getElementById('card-CI').open") is True, "the --country's card is open")

        def scores():
            return driver.execute_script(
                "var col = 3; return Array.prototype.map.call(document.querySelectorAll('table.ranked tbody tr'),"
                " function (row) { return parseFloat(row.cells[col].textContent); });")

        header = driver.find_element(By.XPATH, "//table[@class='ranked']//th[normalize-space()='Score']")
        header.click()
        ascending = scores()
        check(ascending == sorted(ascending) and ascending[0] < ascending[-1], "one click on Score sorts ascending")
        header.click()
        descending = scores()
        check(descending == sorted(descending, reverse=True), "a second click sorts descending")

        box = driver.find_element(By.CSS_SELECTOR, "input.filter")
        box.send_keys("tonga")
        shown = driver.execute_script(
            "return Array.prototype.filter.call(document.querySelectorAll('table.ranked tbody tr'),"
            " function (row) { return row.style.display !== 'none'; }).map(function (row) { return row.id; });")
        check(shown == ["row-TO"], f"filtering for 'tonga' leaves Tonga's row ({shown})")
        box.clear()
        driver.execute_script("document.querySelector('input.filter').dispatchEvent(new Event('input'));")

        check(driver.execute_script("return document.getElementById('card-TO').open") is False, "Tonga's card starts collapsed")
        tonga = driver.find_element(By.CSS_SELECTOR, "svg.map [data-code='TO']")
        driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}));", tonga)
        check(driver.execute_script("return document.getElementById('card-TO').open") is True, "clicking Tonga on the map opens its card")
        card = driver.find_element(By.ID, "card-TO")
        card.screenshot(os.path.join(args.out, "card-TO.png"))

        link = driver.find_element(By.CSS_SELECTOR, "table.ranked a[href='#card-FJ']")
        driver.execute_script("arguments[0].click();", link)
        check(driver.execute_script("return document.getElementById('card-FJ').open") is True, "a table link opens Fiji's card")

        errors = [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]
        check(not errors, f"no console errors ({errors})")
    except WebDriverException as error:  # an element the page should have is missing
        check(False, "the page has what the checks look for: " + error.msg)
    finally:
        driver.quit()
    print(f"screenshots in {os.path.abspath(args.out)}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
