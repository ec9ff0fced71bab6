package org.livebase.recognition;

public enum RecognitionLevel {
    DISTRICT,
    CITY,
    PROVINCE,
    NATIONAL
}
