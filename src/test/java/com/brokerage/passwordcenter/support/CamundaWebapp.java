package com.brokerage.passwordcenter.support;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A Camunda webapp (Tasklist, Cockpit) in the browser as a person signs in to it: a fresh
 * session, the webapp's own sign-in form, then wait for the page to be usable. Booting an
 * AngularJS webapp takes a while on a busy machine, hence the long waits.
 */
public final class CamundaWebapp {

	/**
	 * One resource of each of the webapps' REST applications Cockpit calls while it
	 * boots.
	 */
	private static final List<String> REST_APPLICATIONS = List.of("/camunda/api/admin/auth/user/default",
			"/camunda/api/cockpit/plugin/cockpitPlugins/static/app/plugin.js", "/camunda/api/engine/engine/");

	private CamundaWebapp() {
	}

	/**
	 * The webapps' REST applications (Jersey) start on their first request. On a busy
	 * machine that first answer takes longer than the 7 s RequireJS gives Cockpit to load
	 * its plugin script, and the page never boots (a person would reload it). Asking each
	 * once, before the browser does, is what any earlier visitor would have done.
	 */
	public static void warmUp(HttpApiClient http) {
		REST_APPLICATIONS.forEach(http::get);
	}

	/**
	 * Signs in at {@code url} (e.g.
	 * {@code https://localhost:port/camunda/app/cockpit/default/}) and waits until
	 * {@code ready} is clickable.
	 */
	public static void signIn(HeadlessChromium chromium, String url, String user, String password, By ready) {
		chromium.driver().manage().deleteAllCookies();
		chromium.driver().get("about:blank");
		chromium.driver().get(url);
		WebElement name = chromium.waiting(90)
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
		// the sign-in gives the session a new id; a request of the sign-in page still
		// under way would come
		// back with a fresh, anonymous session in its cookie and sign the user out again
		chromium.waiting(60)
			.until((driver) -> Boolean.TRUE.equals(chromium.driver()
				.executeScript("const injector = window.angular && angular.element(document.body).injector();"
						+ " return !!injector && injector.get('$http').pendingRequests.length === 0;")));
		name.sendKeys(user);
		chromium.driver().findElement(By.cssSelector("input[ng-model=password]")).sendKeys(password);
		chromium.driver().findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
		chromium.waiting(60).until(ExpectedConditions.elementToBeClickable(ready));
	}

}
