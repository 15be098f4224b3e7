"""A reviewer's flow in a real browser (Debian's headless Chromium, driven by Selenium):
check the example article, open the queue, open the top claim, mark it verified with a source,
see `claimdesk show` agree; a second reviewer's stale form is refused; upload a file on the Check
page (its worksheet lands in reports/) and fetch a claim's source from its page (the script's
progress); an open queue page says when the CLI adds a claim (the change feed). axe-core checks the queue, claim and check pages (no serious or critical violations);
screenshots go to docs/ with --screenshots.

    tests/browser/run            # sets up tests/browser/.venv and runs this
"""
import json, os, socket, subprocess, sys, tempfile, time, urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
from axe_selenium_python import Axe

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLAIMDESK = os.environ.get("CLAIMDESK") or os.path.join(ROOT, ".build/debug/claimdesk")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def browser(width, height):
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", f"--window-size={width},{height}"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)


def serious_violations(driver):
    axe = Axe(driver)
    axe.inject()
    found = axe.run()["violations"]
    return [f"{v['id']} ({v['impact']}): {v['help']}" for v in found if v["impact"] in ("serious", "critical")]


def wait_for(driver, *texts):
    """Waits for the page the form's submission loads to show one of `texts`."""
    try:
        WebDriverWait(driver, 10).until(lambda d: any(t in d.page_source for t in texts))
    except Exception:
        pass


def shoot(driver, name, size, enabled):
    if not enabled:
        return
    driver.set_window_size(*size)
    driver.execute_script("window.scrollTo(0, 0)")
    time.sleep(0.2)
    driver.save_screenshot(os.path.join(ROOT, "docs", f"serve-{name}-{size[0]}x{size[1]}.png"))


def upload_and_fetch(driver, base, work, env):
    """Checks a file uploaded on the Check page (its worksheet lands in reports/), then fetches a
    claim's source from its page with the script's progress (a TEST-NET address: refused at once,
    no network needed, shown as a failed fetch)."""
    failures = []
    article = os.path.join(work, "upload-note.txt")
    with open(article, "w") as f:
        f.write("The port authority said container traffic rose 27 percent in 2023 to 4.1 million units.\n")
    driver.get(base + "/check")
    failures += [f"check: {v}" for v in serious_violations(driver)]
    driver.find_element(By.ID, "file").send_keys(article)
    driver.find_element(By.CSS_SELECTOR, "form[action='/check'] button[type=submit]").click()
    wait_for(driver, "worksheet written to", 'role="alert"')
    if "worksheet written to" not in driver.page_source or not os.listdir(os.path.join(work, "reports")):
        failures.append("the uploaded file's claims or worksheet were not recorded")
        return failures
    driver.find_element(By.CSS_SELECTOR, "a.claim-mark").click()
    wait_for(driver, "name=\"last_event\"")
    driver.find_element(By.CSS_SELECTOR, "input[name=status][value=in-progress]").click()
    driver.find_element(By.ID, "source").send_keys("http://192.0.2.1/port-report")
    driver.find_element(By.CSS_SELECTOR, "form[action$='/verdict'] button[type=submit]").click()
    wait_for(driver, "Recorded.", 'role="alert"')
    driver.find_element(By.CSS_SELECTOR, "form.fetch-sources button[type=submit]").click()
    try:
        WebDriverWait(driver, 30).until(lambda d: "?fetch=" in d.current_url and "Fetched 1 of 1" in d.page_source)
    except Exception:
        failures.append(f"the fetch run did not finish on the claim page (at {driver.current_url})")
    if "failed (blocked-address) http://192.0.2.1/port-report" not in driver.page_source:
        failures.append("the fetch's result was not shown")
    return failures


def live_changes(driver, base, work, env):
    """An open queue page hears of a claim added by the CLI (the change feed, /static/changes.js):
    its live region says how many events are new, with a link that reloads the page."""
    failures = []
    driver.get(base + "/")
    region = driver.find_element(By.ID, "changes")
    if region.text:
        failures.append(f"the live region was not empty on a fresh queue page: {region.text!r}")
    time.sleep(1)  # the feed opens after the page's scripts run
    subprocess.run([CLAIMDESK, "add", "The ferry fleet grew to 14 boats in 2024.", "--workspace", work],
                   check=True, env=env, stdout=subprocess.DEVNULL)
    try:
        WebDriverWait(driver, 10).until(lambda d: "new event" in d.find_element(By.ID, "changes").text)
    except Exception:
        failures.append("the queue page did not say that the ledger changed")
        return failures
    text = driver.find_element(By.ID, "changes").text
    if text != "1 new event since this page was opened. Reload":
        failures.append(f"the live region said {text!r}")
    failures += [f"queue with changes: {v}" for v in serious_violations(driver)]
    driver.find_element(By.CSS_SELECTOR, "#changes a").click()
    WebDriverWait(driver, 10).until(lambda d: "ferry fleet grew" in d.page_source)
    if driver.find_element(By.ID, "changes").text:
        failures.append("the live region was not empty after the reload")
    return failures


def main():
    screenshots = "--screenshots" in sys.argv
    work = tempfile.mkdtemp(prefix="claimdesk-browser-")
    env = dict(os.environ, CLAIMDESK_ACTOR="desk-a", SOURCE_DATE_EPOCH="1710374400")
    subprocess.run([CLAIMDESK, "check", os.path.join(ROOT, "examples/harbor-transit.md"), "--workspace", work],
                   check=True, env=env, stdout=subprocess.DEVNULL)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([CLAIMDESK, "serve", "--workspace", work, "--port", str(port)], env=env,
                              stderr=subprocess.DEVNULL)
    failures = []
    a = b = None
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(base + "/", timeout=1)
                break
            except OSError:
                time.sleep(0.05)
        a, b = browser(1280, 800), browser(1280, 800)
        a.get(base + "/")
        failures += [f"queue: {v}" for v in serious_violations(a)]
        shoot(a, "queue", (1280, 800), screenshots)
        shoot(a, "queue", (390, 844), screenshots)
        a.set_window_size(1280, 800)
        top = a.find_element(By.CSS_SELECTOR, "a.claim-link")
        claim_url = top.get_attribute("href")
        short_id = top.text
        # The second reviewer opens the same claim now, and submits later: a stale form.
        b.get(claim_url)
        top.click()
        wait_for(a, "name=\"last_event\"")
        failures += [f"claim: {v}" for v in serious_violations(a)]
        shoot(a, "claim", (1280, 800), screenshots)
        shoot(a, "claim", (390, 844), screenshots)
        a.set_window_size(1280, 800)
        a.find_element(By.CSS_SELECTOR, "input[name=status][value=verified]").click()
        a.find_element(By.ID, "source").send_keys("https://harbor.example.gov/board-minutes-2024-03")
        a.find_element(By.ID, "note").send_keys("Board minutes confirm the vote.")
        a.find_element(By.CSS_SELECTOR, "form[action$='/verdict'] button[type=submit]").click()
        wait_for(a, "Recorded.", 'role="alert"')
        if "Recorded." not in a.page_source:
            failures.append("the verdict was not confirmed on the claim page")
        shown = json.loads(subprocess.run([CLAIMDESK, "show", short_id, "--json", "--workspace", work],
                                          check=True, env=env, capture_output=True, text=True).stdout)
        if shown["status"] != "verified" or not any(s["reference"].endswith("board-minutes-2024-03") for s in shown["sources"]):
            failures.append(f"claimdesk show disagrees: status {shown['status']}")
        b.find_element(By.ID, "note").send_keys("I think it is still open.")
        b.find_element(By.CSS_SELECTOR, "form[action$='/verdict'] button[type=submit]").click()
        wait_for(b, "changed since you opened it", "Recorded.")
        if "changed since you opened it" not in b.page_source or "desk-a" not in b.page_source:
            failures.append("the stale form was not refused with what changed and by whom")
        after = json.loads(subprocess.run([CLAIMDESK, "show", short_id, "--json", "--workspace", work],
                                          check=True, env=env, capture_output=True, text=True).stdout)
        if any("still open" in n["text"] for n in after["notes"]):
            failures.append("the stale form's note was recorded")
        failures += upload_and_fetch(a, base, work, env)
        failures += live_changes(a, base, work, env)
    finally:
        for driver in (a, b):
            if driver:
                driver.quit()
        server.terminate()
        server.wait()
    if failures:
        print("\n".join("FAIL " + f for f in failures))
        sys.exit(1)
    print("ok: reviewer flow, stale form refused, upload and fetch, live changes on the queue, axe: no serious or critical violations on queue, claim and check pages")


if __name__ == "__main__":
    main()
