package com.brokerage.passwordcenter.notification;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

import org.springframework.stereotype.Component;

/**
 * Every send retries on the one schedule of
 * {@code password-center.notification.retry-schedule}: a diagram whose activity sets any
 * other {@code camunda:failedJobRetryTimeCycle} than
 * {@code ${retrySchedules.notification}} is refused at deployment (from Modeler too), so
 * an edit cannot quietly shorten the retries of a send. An activity without one gets the
 * engine's default, which is the same schedule (application.yml).
 */
@Component
class SharedRetryScheduleCheck extends AbstractProcessEnginePlugin {

	static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

	static final String CYCLE = "failedJobRetryTimeCycle";

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPreBPMNParseListeners() == null) {
			configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPreBPMNParseListeners().add(new Listener());
	}

	static final class Listener extends AbstractBpmnParseListener {

		@Override
		public void parseProcess(Element process, ProcessDefinitionEntity definition) {
			List<String> offending = new ArrayList<>();
			collect(process, process, offending);
			if (!offending.isEmpty()) {
				throw new ProcessEngineException("Process '" + definition.getKey() + "': "
						+ String.join(", ", offending)
						+ " set their own failedJobRetryTimeCycle. Every send retries on the shared schedule "
						+ "(password-center.notification.retry-schedule): write "
						+ RetrySchedules.NOTIFICATION_EXPRESSION
						+ " there, or leave the cycle out (docs/operations.md, \"What happens when … is down\").");
			}
		}

		private static void collect(Element element, Element owner, List<String> offending) {
			for (Element child : element.elements()) {
				if (CYCLE.equals(child.getTagName()) && CAMUNDA_NS.equals(child.getUri())
						&& !RetrySchedules.NOTIFICATION_EXPRESSION.equals(child.getText().trim())) {
					offending.add("'" + owner.attribute("id") + "' ('" + child.getText().trim() + "')");
				}
				// extension elements belong to the activity around them
				collect(child, "extensionElements".equals(child.getTagName()) ? element : child, offending);
			}
		}

	}

}
