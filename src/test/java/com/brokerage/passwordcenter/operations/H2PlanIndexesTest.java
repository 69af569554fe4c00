package com.brokerage.passwordcenter.operations;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On H2 as tests and the demo start it (few rows, no statistics yet), the engine's
 * variable lookup is planned on the index of both its columns, not on {@code TASK_ID_}
 * alone (which every process variable matches).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class H2PlanIndexesTest {

	/**
	 * Camunda 7.24's {@code selectVariablesByExecutionId} (VariableInstance.xml), as it
	 * reaches the database.
	 */
	private static final String ENGINE_VARIABLE_LOOKUP = """
			SELECT RES.* FROM ACT_RU_VARIABLE RES
			LEFT JOIN ACT_RU_EXECUTION EXECUTION ON RES.EXECUTION_ID_ = EXECUTION.ID_
			LEFT JOIN ACT_RU_EXECUTION PARENT_EXECUTION ON EXECUTION.PARENT_ID_ = PARENT_EXECUTION.ID_
			WHERE EXECUTION_ID_ = 'an-execution' AND TASK_ID_ is null
			""";

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@DisplayName("the engine's variable lookup by execution is planned on PC_IDX_RU_VAR_EXEC_TASK")
	void variableLookupUsesBothColumns() {
		List<String> plan = this.jdbc.queryForList("explain " + ENGINE_VARIABLE_LOOKUP, String.class);
		assertThat(String.join("\n", plan)).contains("PC_IDX_RU_VAR_EXEC_TASK: EXECUTION_ID_ = 'an-execution'")
			.doesNotContain("ACT_IDX_VARIABLE_TASK_ID");
	}

}
