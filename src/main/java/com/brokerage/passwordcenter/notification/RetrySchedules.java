package com.brokerage.passwordcenter.notification;

import org.springframework.stereotype.Component;

/**
 * The failed-job retry cycles the diagrams name: every send task has
 * {@code <camunda:failedJobRetryTimeCycle>${retrySchedules.notification}</camunda:failedJobRetryTimeCycle>},
 * evaluated by the engine when the job fails, so one property
 * ({@code password-center.notification.retry-schedule}) sets the schedule of every send.
 * {@link SharedRetryScheduleCheck} refuses a diagram that sets another.
 */
@Component(RetrySchedules.BEAN)
public class RetrySchedules {

	static final String BEAN = "retrySchedules";

	/** What a send task's retry cycle must say, exactly. */
	public static final String NOTIFICATION_EXPRESSION = "${" + BEAN + ".notification}";

	private final NotificationProperties properties;

	RetrySchedules(NotificationProperties properties) {
		this.properties = properties;
	}

	/**
	 * E.g. {@code PT30S,PT2M,PT10M}: tried at once, then after 30 s, 2 min and 10 min.
	 */
	public String getNotification() {
		return this.properties.retrySchedule();
	}

}
