package com.brokerage.passwordcenter.common;

import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

import org.springframework.stereotype.Component;

/**
 * R-PWD-5 as an engine rule: no variable named like a secret may enter a process — not
 * through a start form, not through a task completed in Tasklist by mistake. A violation
 * fails the command, so nothing is stored.
 */
@Component
class SecretVariableGuard extends AbstractProcessEnginePlugin {

	static final Set<String> SECRET_NAMES = Set.of("password", "oldpassword", "newpassword", "confirmation",
			"initialpassword", "voicepassword", "withdrawalpassword", "newwithdrawalpassword", "oldwithdrawalpassword",
			"withdrawalconfirmation", "passcode", "token", "linktoken", "otp");

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPreBPMNParseListeners() == null) {
			configuration.setCustomPreBPMNParseListeners(new java.util.ArrayList<>());
		}
		configuration.getCustomPreBPMNParseListeners().add(new GuardingParseListener());
	}

	static void refuseSecrets(VariableScope scope) {
		for (String name : scope.getVariableNames()) {
			if (SECRET_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
				throw new IllegalArgumentException(
						"variable '" + name + "' looks like a secret; secrets never enter a process (R-PWD-5)");
			}
		}
	}

	private static final class GuardingParseListener extends AbstractBpmnParseListener {

		private static final TaskListener ON_COMPLETE = SecretVariableGuard::refuseSecrets;

		private static final ExecutionListener ON_START = SecretVariableGuard::refuseSecrets;

		@Override
		public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
			((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
				.addTaskListener(TaskListener.EVENTNAME_COMPLETE, ON_COMPLETE);
		}

		@Override
		public void parseStartEvent(Element startEventElement, ScopeImpl scope, ActivityImpl startEventActivity) {
			startEventActivity.addListener(ExecutionListener.EVENTNAME_START, ON_START);
		}

	}

}
