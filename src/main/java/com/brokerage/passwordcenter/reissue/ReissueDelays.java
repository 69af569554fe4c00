package com.brokerage.passwordcenter.reissue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.brokerage.passwordcenter.common.PasswordCenterProperties;
import com.brokerage.passwordcenter.reissue.ReissueView.Delay;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Whether a service step (a passcode or a link mail being sent) keeps the customer
 * waiting too long: its job has waited longer than
 * {@code password-center.reissue.delayed-after}, or the application (or the passcode
 * process it called) has an incident. The customer is told that, and what to do, never
 * why (no incident text, no job).
 */
@Component
class ReissueDelays {

	static final String CODE = "STEP_DELAYED";

	private final RuntimeService runtime;

	private final ManagementService management;

	private final MessageSource messages;

	private final PasswordCenterProperties.Branding branding;

	private final Duration delayedAfter;

	private final Clock clock;

	ReissueDelays(RuntimeService runtime, ManagementService management, MessageSource messages,
			PasswordCenterProperties passwordCenter, ReissueProperties properties, Clock clock) {
		this.runtime = runtime;
		this.management = management;
		this.messages = messages;
		this.branding = passwordCenter.branding();
		this.delayedAfter = properties.delayedAfter();
		this.clock = clock;
	}

	/** Only a step that waits for a job can be delayed. */
	Optional<Delay> of(String applicationId, ReissueStep step) {
		if (step != ReissueStep.PROCESSING && step != ReissueStep.WAITING_FOR_LINK) {
			return Optional.empty();
		}
		Set<String> instances = instances(applicationId);
		if (instances.isEmpty()) {
			return Optional.empty();
		}
		Instant since = null;
		boolean incident = false;
		for (String instance : instances) {
			incident |= this.runtime.createIncidentQuery().processInstanceId(instance).count() > 0;
			for (Job job : this.management.createJobQuery().processInstanceId(instance).messages().list()) {
				Instant created = Optional.ofNullable(job.getCreateTime()).map(Date::toInstant).orElse(null);
				since = (since == null || (created != null && created.isBefore(since))) ? created : since;
			}
		}
		boolean slow = since != null && since.plus(this.delayedAfter).isBefore(this.clock.instant());
		return (incident || slow) ? Optional.of(delay(since)) : Optional.empty();
	}

	/** The application's process instance and the passcode instance it called. */
	private Set<String> instances(String applicationId) {
		Set<String> ids = new LinkedHashSet<>();
		for (ProcessInstance root : this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(applicationId)
			.list()) {
			ids.add(root.getId());
			this.runtime.createProcessInstanceQuery()
				.superProcessInstanceId(root.getId())
				.list()
				.stream()
				.map(ProcessInstance::getId)
				.filter(Objects::nonNull)
				.forEach(ids::add);
		}
		return ids;
	}

	private Delay delay(Instant since) {
		Locale locale = LocaleContextHolder.getLocale();
		boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
		String message = this.messages.getMessage("reissue.delayed",
				new Object[] { this.branding.customerServicePhone(),
						english ? this.branding.customerServiceHoursEn() : this.branding.customerServiceHours() },
				locale);
		return new Delay(CODE, message, since);
	}

}
