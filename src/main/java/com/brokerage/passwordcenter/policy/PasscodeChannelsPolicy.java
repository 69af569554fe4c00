package com.brokerage.passwordcenter.policy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import com.brokerage.passwordcenter.customer.BusinessLine;
import com.brokerage.passwordcenter.passcode.PasscodeChannel;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;

import org.springframework.stereotype.Component;

/**
 * R-REISSUE-4/5 from {@code dmn/passcode-channels.dmn}: the channels a reissue offers for
 * an account. The inputs are facts, never the contacts themselves: on file or not.
 */
@Component
public class PasscodeChannelsPolicy {

	static final String CERTIFICATE_PATH = "certificatePath";

	static final String MOBILE_ON_FILE = "mobileOnFile";

	static final String EMAIL_ON_FILE = "emailOnFile";

	static final String BUSINESS_LINE = "businessLine";

	static final String CHANNEL = "channel";

	private final DeployedTables tables;

	PasscodeChannelsPolicy(DeployedTables tables) {
		this.tables = tables;
	}

	/** What a page or a check needs: in memory, no history. */
	public Set<PasscodeChannel> offered(boolean certificatePath, boolean mobileOnFile, boolean emailOnFile,
			BusinessLine line) {
		return channels(this.tables.evaluate(PolicyTable.PASSCODE_CHANNELS,
				inputs(certificatePath, mobileOnFile, emailOnFile, line)));
	}

	/** The channels that decide an application's step: kept in the decision history. */
	public Set<PasscodeChannel> decide(boolean certificatePath, boolean mobileOnFile, boolean emailOnFile,
			BusinessLine line) {
		return channels(this.tables.evaluateRecorded(PolicyTable.PASSCODE_CHANNELS,
				inputs(certificatePath, mobileOnFile, emailOnFile, line)));
	}

	private static Map<String, Object> inputs(boolean certificatePath, boolean mobileOnFile, boolean emailOnFile,
			BusinessLine line) {
		return Map.of(CERTIFICATE_PATH, certificatePath, MOBILE_ON_FILE, mobileOnFile, EMAIL_ON_FILE, emailOnFile,
				BUSINESS_LINE, line.name());
	}

	private static Set<PasscodeChannel> channels(DmnDecisionResult result) {
		Set<PasscodeChannel> channels = EnumSet.noneOf(PasscodeChannel.class);
		for (Object channel : result.collectEntries(CHANNEL)) {
			channels.add(PasscodeChannel.valueOf(String.valueOf(channel)));
		}
		return channels;
	}

}
