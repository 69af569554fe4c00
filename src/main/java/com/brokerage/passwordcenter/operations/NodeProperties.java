package com.brokerage.passwordcenter.operations;

import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * This node's name: the job executor's lock owner, so that a restarted node knows its own
 * unfinished jobs (docs/decisions.md, "Node death"). Must differ between nodes and stay
 * the same across a node's restarts. Unset: {@code <host name>:<server.port>}; with a
 * random port (0) the node has no stable name and keeps the engine's random one.
 */
@Validated
@ConfigurationProperties("password-center.node")
public record NodeProperties(@Size(max = 200) String name) {

}
