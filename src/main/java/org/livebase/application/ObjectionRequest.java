package org.livebase.application;

/** An objection to a recognition under public notice. The contact is for the bureau only. */
public record ObjectionRequest(String name, String contact, String reason) {
}
