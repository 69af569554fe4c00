package com.brokerage.passwordcenter.reissue;

import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.customer.CustomerRepository;
import com.brokerage.passwordcenter.passcode.PasscodeChannel;
import com.brokerage.passwordcenter.passcode.PasscodeRecipient;
import com.brokerage.passwordcenter.passcode.PasscodeRecipients;

import org.springframework.stereotype.Component;

/**
 * Where a reissue's passcode goes: with a certificate, the channel the customer chose
 * (R-REISSUE-4); without one, always the mobile on file (R-REISSUE-7).
 */
@Component
class ReissueRecipients implements PasscodeRecipients {

	private final ReissueApplicationRepository applications;

	private final CustomerRepository customers;

	ReissueRecipients(ReissueApplicationRepository applications, CustomerRepository customers) {
		this.applications = applications;
		this.customers = customers;
	}

	@Override
	public PasscodeRecipient recipientOf(String applicationId) {
		ReissueApplication application = this.applications.findById(applicationId).orElseThrow();
		Customer customer = this.customers.findById(application.getCustomerRef()).orElseThrow();
		PasscodeChannel channel = application.getPath() == ReissuePath.WITHOUT_CERTIFICATE ? PasscodeChannel.SMS
				: application.getPasscodeChannel();
		if (channel == null) {
			throw new IllegalStateException("no passcode channel chosen for " + applicationId);
		}
		String destination = channel == PasscodeChannel.SMS ? customer.getMobile() : customer.getEmail();
		if (destination == null) {
			throw new IllegalStateException("no " + channel + " on file for application " + applicationId);
		}
		return new PasscodeRecipient(channel, destination);
	}

}
