package com.brokerage.passwordcenter.notification;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.MessageSource;

/**
 * The mail templates in {@code templates/mail/}: {@code name.html} and {@code name.txt}
 * for the two parts of one mail. A template engine of its own, not a bean: a
 * {@code SpringTemplateEngine} bean would replace the one Spring Boot sets up for pages.
 * The words come from the message bundles ({@code notifications*.properties}) in the
 * mail's language.
 */
class MailTemplates {

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	MailTemplates(MessageSource messages) {
		this.engine.setTemplateEngineMessageSource(messages);
		this.engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
		this.engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
	}

	String html(String name, Locale locale, Map<String, Object> variables) {
		return this.engine.process(name + ".html", new Context(locale, variables));
	}

	String text(String name, Locale locale, Map<String, Object> variables) {
		return this.engine.process(name + ".txt", new Context(locale, variables));
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
