package com.brokerage.passwordcenter.modeling;

import com.brokerage.passwordcenter.common.EngineGroups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The analysts' group in every profile, with what deploying diagrams, forms and decision
 * tables from Modeler and checking the result in Cockpit need, and nothing that reads a
 * process instance, a variable, a task or its history: those are where customer data
 * lives.
 */
@Component
@Order(0)
class ProcessAnalystSetup implements ApplicationRunner {

	private final EngineGroups groups;

	ProcessAnalystSetup(EngineGroups groups) {
		this.groups = groups;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.groups.ensure(ProcessAnalysts.GROUP, "Process analysts 流程分析師");
		// Modeler's deploy: POST /engine-rest/deployment/create needs CREATE only; READ
		// lets Cockpit's Deployments page show what is deployed (diagrams and forms)
		this.groups.grant(ProcessAnalysts.GROUP, Resources.DEPLOYMENT, "*", Permissions.CREATE, Permissions.READ);
		// the definitions, their versions and diagrams; not their instances
		this.groups.grant(ProcessAnalysts.GROUP, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
		// the decision tables of dmn/ likewise (Cockpit → Decisions: the table and its
		// DRD);
		// not evaluating one (CREATE_INSTANCE) nor its history, which holds customers'
		// inputs
		this.groups.grant(ProcessAnalysts.GROUP, Resources.DECISION_DEFINITION, "*", Permissions.READ);
		this.groups.grant(ProcessAnalysts.GROUP, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
		this.groups.grant(ProcessAnalysts.GROUP, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
	}

}
