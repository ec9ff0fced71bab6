package org.livebase.application;

public enum ObjectionStatus {
    OPEN,
    UPHELD,
    DISMISSED
}
