package com.brokerage.passwordcenter.common;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A synchronous task fails inside a customer's request: the API and the portal log the
 * missing-data message, and of any other failure only its type.
 */
class ProcessDataExceptionTest {

	@Test
	@DisplayName("logs name what a process lacks, also when the engine wrapped it")
	void missingDataIsDescribed() {
		ProcessDataException missing = new ProcessDataException(
				"Process variable 'customerRef' is missing in activity 'Task_LiftLock' of process 'unlock' version 2");
		assertThat(ProcessDataException.describe(missing)).endsWith(missing.getMessage());
		assertThat(ProcessDataException.describe(new RuntimeException("wrapped", missing)))
			.isEqualTo("java.lang.RuntimeException: " + missing.getMessage());
	}

	@Test
	@DisplayName("any other failure is logged by its type only: its message could carry input")
	void otherFailuresByType() {
		assertThat(ProcessDataException.describe(new IllegalStateException("Secret123")))
			.isEqualTo("java.lang.IllegalStateException");
	}

}
