package org.livebase.application;

/**
 * The steps of the recognition workflow, named as the API takes them ({@code "action": "recommend"}). Each says what the
 * step needs besides the action itself.
 */
public enum Action {
    SUBMIT(false, false, false),
    RESUBMIT(false, false, false),
    ACCEPT(false, false, false),
    /** Back to the applicant for more material: the comment says what is missing. */
    RETURN(true, false, false),
    REJECT(true, false, false),
    RECOMMEND(false, false, false),
    /** The city's own review is done: on to the experts. */
    REVIEW(false, false, false),
    SCORE(false, false, true),
    PROPOSE(false, false, false),
    OPEN_NOTICE(false, false, false),
    UPHOLD_OBJECTION(true, false, false),
    DISMISS_OBJECTIONS(true, false, false),
    GRANT(false, false, false),
    EVALUATE(false, false, false),
    WARN(true, true, false),
    LIFT_WARNING(false, false, false),
    REVOKE(true, true, false),
    RENEW(false, false, false),
    EXPIRE(false, false, false);

    public final boolean needsComment;
    public final boolean needsReason;
    public final boolean needsScore;

    Action(boolean needsComment, boolean needsReason, boolean needsScore) {
        this.needsComment = needsComment;
        this.needsReason = needsReason;
        this.needsScore = needsScore;
    }
}
