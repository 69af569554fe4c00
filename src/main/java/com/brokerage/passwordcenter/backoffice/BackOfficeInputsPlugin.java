package com.brokerage.passwordcenter.backoffice;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

import org.springframework.stereotype.Component;

/**
 * Checks {@link BackOfficeInputs} on every deployed version of the back-office diagrams —
 * added when the engine parses them, so a diagram edited in Modeler keeps the checks: at
 * the start event (before Task_LoadCustomer runs) and when a listed user task completes
 * (before its gateway reads the checkboxes).
 */
@Component
class BackOfficeInputsPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners();
		List<BpmnParseListener> all = (listeners != null) ? new ArrayList<>(listeners) : new ArrayList<>();
		all.add(new InputChecks());
		configuration.setCustomPreBPMNParseListeners(all);
	}

	static final class InputChecks extends AbstractBpmnParseListener {

		@Override
		public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl startEvent) {
			if (!(scope instanceof ProcessDefinitionEntity process)) {
				return;
			}
			List<RequiredInput> inputs = BackOfficeInputs.AT_START.get(process.getKey());
			if (inputs != null) {
				String where = "starting " + process.getKey();
				startEvent.addBuiltInListener(ExecutionListener.EVENTNAME_START,
						(ExecutionListener) (execution) -> inputs.forEach((input) -> input.check(execution, where)));
			}
		}

		@Override
		public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl task) {
			List<RequiredInput> inputs = BackOfficeInputs.AT_COMPLETE.get(task.getId());
			String key = ((ProcessDefinitionEntity) task.getProcessDefinition()).getKey();
			if (inputs == null || !BackOfficeInputs.AT_START.containsKey(key)) {
				return;
			}
			String where = "completing " + task.getId() + " of " + key;
			// an execution listener, not a task listener: the engine wraps a task
			// listener's
			// exception in its own, which engine REST answers with 500
			task.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) (execution) -> {
				// a cancelled task (instance deleted, moved in Cockpit) is not a
				// completion
				if (!execution.isCanceled()) {
					inputs.forEach((input) -> input.check(execution, where));
				}
			});
		}

	}

}
