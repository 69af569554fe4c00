package com.brokerage.passwordcenter.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * R-OPS-4: who did what to which credential, when, through which channel, with what
 * outcome. Never a secret.
 */
@Entity
@Table(name = "audit_record")
public class AuditRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	@Enumerated(EnumType.STRING)
	private ActorType actorType;

	private String actor;

	@Enumerated(EnumType.STRING)
	private AuditAction action;

	private Long customerRef;

	/** The masked customer ID, also for attempts on IDs that do not exist. */
	private String subject;

	private Long accountRef;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private String outcome;

	private String processInstanceId;

	private String detail;

	protected AuditRecord() {
	}

	AuditRecord(Instant occurredAt, ActorType actorType, String actor, AuditAction action, Long customerRef,
			String subject, Long accountRef, Channel channel, String outcome, String processInstanceId, String detail) {
		this.occurredAt = occurredAt;
		this.actorType = actorType;
		this.actor = actor;
		this.action = action;
		this.customerRef = customerRef;
		this.subject = subject;
		this.accountRef = accountRef;
		this.channel = channel;
		this.outcome = outcome;
		this.processInstanceId = processInstanceId;
		this.detail = detail;
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public ActorType getActorType() {
		return this.actorType;
	}

	public String getActor() {
		return this.actor;
	}

	public AuditAction getAction() {
		return this.action;
	}

	public Long getCustomerRef() {
		return this.customerRef;
	}

	public String getSubject() {
		return this.subject;
	}

	public Long getAccountRef() {
		return this.accountRef;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public String getProcessInstanceId() {
		return this.processInstanceId;
	}

	public String getDetail() {
		return this.detail;
	}

}
