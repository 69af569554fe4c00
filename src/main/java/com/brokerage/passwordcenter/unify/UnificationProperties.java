package com.brokerage.passwordcenter.unify;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Unification: how long the form may stay unfinished before the request ends. */
@Validated
@ConfigurationProperties("password-center.unification")
public record UnificationProperties(@NotNull @DefaultValue("PT15M") Duration stepTimeout) {

}
