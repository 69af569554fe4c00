package com.brokerage.passwordcenter.policy.guard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.brokerage.passwordcenter.customer.BusinessLine;
import com.brokerage.passwordcenter.policy.PolicyTable;
import com.brokerage.passwordcenter.policy.guard.TableProbe.Row;

import org.springframework.stereotype.Component;

/**
 * R-REISSUE-4/5/7: only a channel on file; without a certificate only SMS, and only with
 * the email on file too (the link goes by email); no channel offered twice.
 */
@Component
class PasscodeChannelsTableCheck implements TableCheck {

	private static final String CHANNEL = "channel";

	@Override
	public PolicyTable table() {
		return PolicyTable.PASSCODE_CHANNELS;
	}

	@Override
	public List<String> outputs() {
		return List.of(CHANNEL);
	}

	@Override
	public boolean collects() {
		return true;
	}

	@Override
	public List<Map<String, Object>> inputs(List<Integer> numbersInTable) {
		List<Map<String, Object>> inputs = new ArrayList<>();
		for (boolean certificate : new boolean[] { true, false }) {
			for (boolean mobile : new boolean[] { true, false }) {
				for (boolean email : new boolean[] { true, false }) {
					for (BusinessLine line : BusinessLine.values()) {
						inputs.add(Map.of("certificatePath", certificate, "mobileOnFile", mobile, "emailOnFile", email,
								"businessLine", line.name()));
					}
				}
			}
		}
		return inputs;
	}

	@Override
	public void checkRows(Map<String, Object> inputs, List<Row> rows, Problems problems) {
		Map<Object, Row> offered = new HashMap<>();
		for (Row row : rows) {
			Object channel = row.outputs().get(CHANNEL);
			Row before = offered.putIfAbsent(channel, row);
			if (before != null) {
				problems.add(before.named() + " and " + row.named() + " both offer " + channel + " for "
						+ Problems.inputs(inputs) + " (an overlap)");
			}
			if (!"SMS".equals(channel) && !"EMAIL".equals(channel)) {
				problems.add(row.named() + ": channel '" + channel + "' is not SMS or EMAIL");
			}
			else if ("SMS".equals(channel) && Boolean.FALSE.equals(inputs.get("mobileOnFile"))
					|| "EMAIL".equals(channel) && Boolean.FALSE.equals(inputs.get("emailOnFile"))) {
				problems.add(row.named() + ": offers " + channel + " for " + Problems.inputs(inputs)
						+ ", which is not on file (R-REISSUE-4)");
			}
			else if (Boolean.FALSE.equals(inputs.get("certificatePath"))
					&& ("EMAIL".equals(channel) || Boolean.FALSE.equals(inputs.get("emailOnFile")))) {
				problems.add(row.named() + ": without a certificate the link goes by email and the passcode by SMS, "
						+ "so both must be on file and SMS is the only channel (R-REISSUE-5, R-REISSUE-7); "
						+ "the row applies to " + Problems.inputs(inputs));
			}
		}
	}

}
