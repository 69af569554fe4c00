package com.brokerage.passwordcenter.modeling.constraints;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.impl.pvm.PvmTransition;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;

/**
 * Finds what would make the way from one element to another asynchronous: the start
 * element continuing asynchronously after itself, or an element on a way between them
 * (the target included) starting asynchronously. Then the target would run in a job, not
 * in the request that completed the start element. Branches that do not lead to the
 * target (a wrong code going back to the send) are not the way and may be async.
 */
final class SynchronousPath {

	private SynchronousPath() {
	}

	/**
	 * The violations; one if the target does not follow the start by sequence flows.
	 * @param throughTarget whether what follows the target must be synchronous too (an
	 * end event that returns to the calling process)
	 */
	static List<Violation> check(Diagram diagram, String fromId, String toId, boolean throughTarget, String why) {
		Optional<ActivityImpl> from = diagram.activity(fromId);
		Optional<ActivityImpl> to = diagram.activity(toId);
		if (from.isEmpty() || to.isEmpty()) {
			return List.of();
		}
		Set<ActivityImpl> after = reachable(from.get(), toId, SynchronousPath::successors);
		Set<ActivityImpl> before = reachable(to.get(), fromId, SynchronousPath::predecessors);
		List<Violation> found = new ArrayList<>();
		if (!after.contains(to.get())) {
			found.add(new Violation(toId, "must follow '" + fromId + "' by sequence flows: " + why));
			return found;
		}
		if (from.get().isAsyncAfter()) {
			found.add(new Violation(fromId, "must not be 'asynchronous after': " + why));
		}
		for (ActivityImpl activity : after) {
			if (!before.contains(activity) && activity != to.get()) {
				continue;
			}
			if (activity.isAsyncBefore()) {
				found.add(new Violation(activity.getId(), "must not be 'asynchronous before': " + why));
			}
			if ((activity != to.get() || throughTarget) && activity.isAsyncAfter()) {
				found.add(new Violation(activity.getId(), "must not be 'asynchronous after': " + why));
			}
		}
		return found;
	}

	/** What can be reached from {@code start}, going no further than {@code stopId}. */
	private static Set<ActivityImpl> reachable(ActivityImpl start, String stopId,
			Function<ActivityImpl, List<ActivityImpl>> step) {
		Set<ActivityImpl> seen = new LinkedHashSet<>();
		Deque<ActivityImpl> next = new ArrayDeque<>(step.apply(start));
		while (!next.isEmpty()) {
			ActivityImpl activity = next.poll();
			if (!seen.add(activity) || activity.getId().equals(stopId)) {
				continue;
			}
			next.addAll(step.apply(activity));
		}
		return seen;
	}

	private static List<ActivityImpl> successors(ActivityImpl activity) {
		return activity.getOutgoingTransitions()
			.stream()
			.map(PvmTransition::getDestination)
			.map(ActivityImpl.class::cast)
			.toList();
	}

	private static List<ActivityImpl> predecessors(ActivityImpl activity) {
		return activity.getIncomingTransitions()
			.stream()
			.map(PvmTransition::getSource)
			.map(ActivityImpl.class::cast)
			.toList();
	}

}
