package org.livebase.application;

import java.math.BigDecimal;

/**
 * One step: the action ({@code "recommend"}), why, and the version the actor saw. {@code score} goes with {@code score};
 * {@code reason} (a {@code StatusReason}) with {@code warn} and {@code revoke}.
 */
public record TransitionRequest(String action, String comment, Long version, BigDecimal score, String reason) {
}
