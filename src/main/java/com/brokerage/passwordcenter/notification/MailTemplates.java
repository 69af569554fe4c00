package com.brokerage.passwordcenter.notification;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The mail templates in {@code templates/mail/}: {@code name.html} and {@code name.txt}
 * for the two parts of one mail. A template engine of its own, not a bean: a
 * {@code SpringTemplateEngine} bean would replace the one Spring Boot sets up for pages.
 */
class MailTemplates {

	private static final Locale ZH_TW = Locale.TRADITIONAL_CHINESE;

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	MailTemplates() {
		this.engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
		this.engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
	}

	String html(String name, Map<String, Object> variables) {
		return this.engine.process(name + ".html", new Context(ZH_TW, variables));
	}

	String text(String name, Map<String, Object> variables) {
		return this.engine.process(name + ".txt", new Context(ZH_TW, variables));
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setTemplateMode(mode);
		resolver.setResolvablePatterns(Set.of(pattern));
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setOrder(order);
		resolver.setCheckExistence(true);
		return resolver;
	}

}
