package com.brokerage.passwordcenter.portal;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import com.brokerage.passwordcenter.common.DatabaseUnavailablePage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * "Temporarily unavailable, please try again" in the portal's layout and language, with
 * the customer-service numbers; rendered straight from the template engine, because the
 * outage may have been met by a filter before Spring MVC.
 */
@Component
class UnavailablePage implements DatabaseUnavailablePage {

	static final String TEMPLATE = "portal/unavailable";

	private final ITemplateEngine templates;

	private final PortalModelAdvice model;

	UnavailablePage(ITemplateEngine templates, PortalModelAdvice model) {
		this.templates = templates;
		this.model = model;
	}

	@Override
	public void write(HttpServletRequest request, HttpServletResponse response, Locale locale, long retryAfterSeconds)
			throws IOException {
		JakartaServletWebApplication application = JakartaServletWebApplication
			.buildApplication(request.getServletContext());
		WebContext context = new WebContext(application.buildExchange(request, response), locale,
				Map.of("brand", this.model.brand(locale), "languageSwitch", this.model.languageSwitch(request, locale),
						"retryAfterSeconds", retryAfterSeconds));
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.templates.process(TEMPLATE, context, response.getWriter());
	}

}
