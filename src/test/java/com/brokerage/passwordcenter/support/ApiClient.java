package com.brokerage.passwordcenter.support;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A client that behaves like a browser or a script against the API: keeps its cookies and
 * session, echoes the CSRF cookie in the CSRF header, solves captchas.
 */
public class ApiClient {

	public static final String CSRF_COOKIE = "PC-XSRF-TOKEN";

	public static final String CSRF_HEADER = "X-PC-XSRF-TOKEN";

	public static final String SESSION_COOKIE = "JSESSIONID";

	private final MockMvc mvc;

	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	private MockHttpSession session;

	private String language = "zh-TW";

	private boolean secure;

	private java.security.cert.X509Certificate[] certificate;

	public ApiClient(MockMvc mvc) {
		this.mvc = mvc;
	}

	public ApiClient english() {
		this.language = "en";
		return this;
	}

	/** From now on every request arrives as over HTTPS (R-REISSUE-12). */
	public ApiClient overTls() {
		this.secure = true;
		return this;
	}

	/**
	 * From now on every request presents this TLS client certificate chain (as Tomcat
	 * hands it to the app).
	 */
	public ApiClient withCertificate(java.security.cert.X509Certificate[] chain) {
		this.certificate = chain;
		return overTls();
	}

	public MockHttpServletResponse get(String path) {
		return send(MockMvcRequestBuilders.get(path));
	}

	public MockHttpServletResponse post(String path, String json) {
		return send(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	/** A POST without the CSRF header, as a forged cross-site request would arrive. */
	public MockHttpServletResponse postWithoutCsrf(String path, String json) {
		return perform(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(json), false);
	}

	public String solvedCaptcha() throws Exception {
		return CaptchaSolver.solve(get("/api/v1/captcha").getContentAsString());
	}

	public MockHttpServletResponse login(String nationalId, String password) throws Exception {
		return post("/api/v1/login", loginJson(nationalId, password, solvedCaptcha()));
	}

	public static String loginJson(String nationalId, String password, String altcha) {
		return "{\"nationalId\":\"%s\",\"password\":\"%s\",\"altcha\":\"%s\"}".formatted(nationalId, password, altcha);
	}

	public MockHttpServletResponse send(MockHttpServletRequestBuilder request) {
		return perform(request, true);
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, boolean withCsrf) {
		request.header("Accept-Language", this.language);
		if (this.secure) {
			request.secure(true);
		}
		if (this.certificate != null) {
			request.requestAttr("jakarta.servlet.request.X509Certificate", this.certificate);
		}
		if (!this.cookies.isEmpty()) {
			request.cookie(this.cookies.values().toArray(Cookie[]::new));
		}
		Cookie csrf = this.cookies.get(CSRF_COOKIE);
		if (withCsrf && csrf != null) {
			request.header(CSRF_HEADER, csrf.getValue());
		}
		if (this.session != null) {
			request.session(this.session);
		}
		try {
			MvcResult result = this.mvc.perform(request).andReturn();
			remember(result);
			return result.getResponse();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void remember(MvcResult result) {
		for (Cookie cookie : result.getResponse().getCookies()) {
			if (cookie.getMaxAge() == 0) {
				this.cookies.remove(cookie.getName());
			}
			else {
				this.cookies.put(cookie.getName(), cookie);
			}
		}
		MockHttpSession current = (MockHttpSession) result.getRequest().getSession(false);
		this.session = (current != null && !current.isInvalid()) ? current : null;
	}

	/**
	 * A session id that exists before login, as an attacker planting a session cookie
	 * would arrange.
	 */
	public String startSession() {
		String planted = java.util.UUID.randomUUID().toString();
		this.cookies.put(SESSION_COOKIE, new Cookie(SESSION_COOKIE, planted));
		return planted;
	}

	public String cookie(String name) {
		Cookie cookie = this.cookies.get(name);
		return (cookie != null) ? cookie.getValue() : null;
	}

	/**
	 * The session cookie's value: sessions live in Spring Session (the database), not in
	 * the container.
	 */
	public String sessionId() {
		Cookie cookie = this.cookies.get(SESSION_COOKIE);
		if (cookie != null) {
			return cookie.getValue();
		}
		return this.session == null ? null : this.session.getId();
	}

}
