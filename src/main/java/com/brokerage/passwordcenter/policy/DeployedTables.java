package com.brokerage.passwordcenter.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The latest deployed version of each policy table, parsed once per version. A login
 * reads a volatile map and evaluates in memory (an answer given before is remembered): no
 * query, no history row. The map is looked at again after a deployment on this node
 * commits ({@link TableChanges}) and every
 * {@code password-center.policy.refresh-interval} in the background, for deployments on
 * other nodes.
 */
@Component
public class DeployedTables {

	private static final Logger log = LoggerFactory.getLogger(DeployedTables.class);

	private final RepositoryService repository;

	private final DecisionService decisions;

	private final TableChanges changes;

	private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	private volatile Map<PolicyTable, Deployed> latest = Map.of();

	private volatile long seenChanges = -1;

	DeployedTables(RepositoryService repository, DecisionService decisions, TableChanges changes) {
		this.repository = repository;
		this.decisions = decisions;
		this.changes = changes;
	}

	/**
	 * One deployed version of a table, with the answers it gave so far: a table is a pure
	 * function of its inputs, and the inputs of ours take few values (a failure count up
	 * to the lock, booleans, a business line), so a login's evaluation is a map lookup.
	 */
	public record Deployed(String definitionId, int version, DmnDecision decision,
			Map<Map<String, Object>, DmnDecisionResult> answers) {

		Deployed(String definitionId, int version, DmnDecision decision) {
			this(definitionId, version, decision, new ConcurrentHashMap<>());
		}

	}

	/** Bounds the remembered answers of one version (ours take a few dozen at most). */
	static final int MAX_ANSWERS = 4096;

	/** The version evaluations use now. */
	public Deployed latest(PolicyTable table) {
		if (this.seenChanges != this.changes.count()) {
			refresh();
		}
		Deployed deployed = this.latest.get(table);
		if (deployed == null) {
			refresh();
			deployed = this.latest.get(table);
			if (deployed == null) {
				throw new IllegalStateException("no deployed decision '" + table.key() + "' (" + table.file() + ")");
			}
		}
		return deployed;
	}

	/**
	 * In memory, without decision history: for the login (one per failed attempt) and for
	 * what pages and timers show.
	 */
	public DmnDecisionResult evaluate(PolicyTable table, Map<String, Object> inputs) {
		Deployed deployed = latest(table);
		DmnDecisionResult known = deployed.answers().get(inputs);
		if (known != null) {
			return known;
		}
		DmnDecisionResult answer = this.dmn.evaluateDecision(deployed.decision(), inputs);
		if (deployed.answers().size() < MAX_ANSWERS) {
			deployed.answers().put(Map.copyOf(inputs), answer);
		}
		return answer;
	}

	/**
	 * Through the engine's {@code DecisionService}: the evaluation is kept in the
	 * decision history (Cockpit → Decisions), tied to the process instance when called
	 * from one of its delegates. The inputs must hold no secret and no full ID.
	 */
	public DmnDecisionResult evaluateRecorded(PolicyTable table, Map<String, Object> inputs) {
		return this.decisions.evaluateDecisionById(latest(table).definitionId()).variables(inputs).evaluate();
	}

	/** For deployments on other nodes: cheap (one query) and off the request path. */
	@Scheduled(fixedDelayString = "${password-center.policy.refresh-interval:PT5S}")
	void refreshInBackground() {
		try {
			refresh();
		}
		catch (RuntimeException ex) {
			// a database outage: keep the versions known, try again at the next round
			log.warn("policy tables not refreshed: {}", ex.toString());
		}
	}

	synchronized void refresh() {
		long changesNow = this.changes.count();
		List<DecisionDefinition> definitions = this.repository.createDecisionDefinitionQuery().latestVersion().list();
		Map<PolicyTable, Deployed> next = new EnumMap<>(PolicyTable.class);
		for (DecisionDefinition definition : definitions) {
			PolicyTable table = PolicyTable.byKey(definition.getKey());
			if (table == null) {
				continue;
			}
			Deployed known = this.latest.get(table);
			if (known != null && known.definitionId().equals(definition.getId())) {
				next.put(table, known);
			}
			else {
				next.put(table, new Deployed(definition.getId(), definition.getVersion(), parse(definition)));
				log.info("policy table '{}' now at version {} ({})", definition.getKey(), definition.getVersion(),
						definition.getId());
			}
		}
		this.latest = Map.copyOf(next);
		this.seenChanges = changesNow;
	}

	private DmnDecision parse(DecisionDefinition definition) {
		try (InputStream model = this.repository.getDecisionModel(definition.getId())) {
			return this.dmn.parseDecision(definition.getKey(), model);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
