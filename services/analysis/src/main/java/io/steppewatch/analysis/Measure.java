package io.steppewatch.analysis;

/** What kind of quantity a figure is. */
public enum Measure {
    /** A level, a stock or a flow: "23,6 milliards de dollars". */
    AMOUNT,
    /** A relative change, in percent: "en hausse de 6,8 %". */
    CHANGE,
    /** A proportion: "75 % des échanges". */
    SHARE,
    /** A goal or a forecast level: "l'objectif de 30 milliards de dollars". */
    TARGET
}
