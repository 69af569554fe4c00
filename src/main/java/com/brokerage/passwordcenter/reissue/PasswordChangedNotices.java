package com.brokerage.passwordcenter.reissue;

import com.brokerage.passwordcenter.customer.Customer;
import com.brokerage.passwordcenter.customer.CustomerRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The "password changed" notice of a reissue or a change, per channel, to the contacts on
 * file at the time of sending. A channel with nothing on file sends nothing.
 */
@Service
public class PasswordChangedNotices {

	private static final Logger log = LoggerFactory.getLogger(PasswordChangedNotices.class);

	private final CustomerRepository customers;

	private final PasswordChangedNotifier notifier;

	PasswordChangedNotices(CustomerRepository customers, PasswordChangedNotifier notifier) {
		this.customers = customers;
		this.notifier = notifier;
	}

	@Transactional(readOnly = true)
	public void byEmail(PasswordChangedNotice notice) {
		Customer customer = this.customers.findById(notice.customerRef()).orElseThrow();
		if (!StringUtils.hasText(customer.getEmail())) {
			log.info("password changed notice for {}: no email on file", customer.getMaskedCustomerId());
			return;
		}
		this.notifier.byEmail(customer.getEmail(), customer.getName(), notice);
	}

	@Transactional(readOnly = true)
	public void bySms(PasswordChangedNotice notice) {
		Customer customer = this.customers.findById(notice.customerRef()).orElseThrow();
		if (!StringUtils.hasText(customer.getMobile())) {
			log.info("password changed notice for {}: no mobile on file", customer.getMaskedCustomerId());
			return;
		}
		this.notifier.bySms(customer.getMobile(), notice);
	}

}
