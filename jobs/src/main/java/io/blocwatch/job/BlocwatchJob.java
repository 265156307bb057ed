package io.blocwatch.job; public final class BlocwatchJob { public static void main(String[] a) {} }
