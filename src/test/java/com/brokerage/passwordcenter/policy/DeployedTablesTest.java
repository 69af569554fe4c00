package com.brokerage.passwordcenter.policy;

import com.brokerage.passwordcenter.support.PolicyEdits;
import com.brokerage.passwordcenter.support.TestCustomers;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.exception.NotValidException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cache of the latest table versions: evaluations reuse one parsed version until a
 * deployment commits, then the next evaluation uses the new one; a refused table changes
 * nothing. (The same context as {@link AnalystChangesPolicyTest}.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "password-center.certificate.require-tls=false")
@ActiveProfiles("test")
@Import(TestCustomers.class)
class DeployedTablesTest {

	@Autowired
	DeployedTables tables;

	@Autowired
	ReissueLimitsPolicy limits;

	@Autowired
	RepositoryService repository;

	@AfterEach
	void restore() {
		PolicyEdits.restore(this.repository, PolicyTable.REISSUE_LIMITS);
	}

	@Test
	@DisplayName("without a deployment, every evaluation reuses the one parsed version (no query, no parse)")
	void reusedUntilDeployment() {
		DeployedTables.Deployed first = this.tables.latest(PolicyTable.LOGIN_LOCK);
		for (int i = 0; i < 100; i++) {
			assertThat(this.tables.latest(PolicyTable.LOGIN_LOCK)).isSameAs(first);
		}
	}

	@Test
	@DisplayName("R-REISSUE-2: a deployment is used by the very next evaluation: new version, new value")
	void refreshedOnDeployment() {
		DeployedTables.Deployed before = this.tables.latest(PolicyTable.REISSUE_LIMITS);
		assertThat(this.limits.current().dailyLimit()).isEqualTo(5);
		String deployment = PolicyEdits.deploy(this.repository, PolicyTable.REISSUE_LIMITS, "<text>5</text>",
				"<text>4</text>");
		DeployedTables.Deployed after = this.tables.latest(PolicyTable.REISSUE_LIMITS);
		assertThat(after.version()).isEqualTo(before.version() + 1);
		assertThat(after.definitionId())
			.isEqualTo(this.repository.createDecisionDefinitionQuery().deploymentId(deployment).singleResult().getId());
		assertThat(this.limits.current().dailyLimit()).isEqualTo(4);
		// the other tables' versions are kept as they were
		assertThat(this.tables.latest(PolicyTable.PASSCODE)).isSameAs(this.tables.latest(PolicyTable.PASSCODE));
	}

	@Test
	@DisplayName("R-REISSUE-2: a refused table is not deployed and the cached version stays")
	void refusedChangesNothing() {
		DeployedTables.Deployed before = this.tables.latest(PolicyTable.REISSUE_LIMITS);
		long definitions = this.repository.createDecisionDefinitionQuery()
			.decisionDefinitionKey(PolicyTable.REISSUE_LIMITS.key())
			.count();
		assertThatThrownBy(() -> PolicyEdits.deploy(this.repository, PolicyTable.REISSUE_LIMITS, "<text>5</text>",
				"<text>0</text>"))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("row 1 (Rule_Online): dailyLimit 0 is below 1");
		assertThat(this.repository.createDecisionDefinitionQuery()
			.decisionDefinitionKey(PolicyTable.REISSUE_LIMITS.key())
			.count()).isEqualTo(definitions);
		assertThat(this.tables.latest(PolicyTable.REISSUE_LIMITS)).isSameAs(before);
		assertThat(this.limits.current().dailyLimit()).isEqualTo(5);
	}

}
