package com.brokerage.passwordcenter.policy;

import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * R-REISSUE-4/7/8 from {@code dmn/passcode-policy.dmn}. A sent passcode keeps the rules
 * it was sent with (they are stored with it); the next one uses the latest table.
 */
@Component
public class PasscodePolicy {

	private final DeployedTables tables;

	PasscodePolicy(DeployedTables tables) {
		this.tables = tables;
	}

	/** What a page shows before any passcode is sent: in memory, no history. */
	public PasscodeRules current() {
		return PasscodeRules.of(this.tables.evaluate(PolicyTable.PASSCODE, Map.of()).getSingleResult());
	}

	/** The rules a passcode is sent with: kept in the decision history. */
	public PasscodeRules decide() {
		return PasscodeRules.of(this.tables.evaluateRecorded(PolicyTable.PASSCODE, Map.of()).getSingleResult());
	}

}
