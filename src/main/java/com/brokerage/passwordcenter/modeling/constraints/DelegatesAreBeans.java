package com.brokerage.passwordcenter.modeling.constraints;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.util.xml.Element;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Every {@code camunda:delegateExpression="${name}"} (service and send tasks, task and
 * execution listeners) names a class of the application: a typo would fail each customer
 * at that step, after the deployment had been accepted.
 */
@Component
class DelegatesAreBeans implements DiagramRule {

	private static final Pattern BEAN = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}");

	private final ListableBeanFactory beans;

	DelegatesAreBeans(ListableBeanFactory beans) {
		this.beans = beans;
	}

	@Override
	public List<Violation> check(Diagram diagram) {
		List<Violation> found = new ArrayList<>();
		for (Element element : diagram.all()) {
			String id = element.attribute("id");
			if (id == null) {
				continue;
			}
			check(id, Diagram.camunda(element, "delegateExpression"), found);
			Element extensions = element.element("extensionElements");
			if (extensions != null) {
				for (Element listener : extensions.elements()) {
					if (listener.getTagName().endsWith("Listener")) {
						check(id, listener.attribute("delegateExpression"), found);
					}
				}
			}
		}
		return found;
	}

	private void check(String elementId, String expression, List<Violation> found) {
		Matcher bean = (expression != null) ? BEAN.matcher(expression) : null;
		if (bean != null && bean.matches() && !this.beans.containsBean(bean.group(1))) {
			found.add(new Violation(elementId,
					"delegate expression " + expression + " names no class of the application (a typo?)"));
		}
	}

}
