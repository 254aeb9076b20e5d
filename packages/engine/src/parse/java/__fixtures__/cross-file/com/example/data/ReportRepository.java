package com.example.data;

public class ReportRepository {
  public void findByName(String name) {
    // ruleid: test.taint.flow
    Taint.sink("SELECT * FROM reports WHERE name = '" + name + "'");
  }

  public void findSafely(String name) {
    // ok: test.taint.flow
    Taint.sink("SELECT * FROM reports WHERE name = ?");
  }

  public static String normalise(String s) {
    return s.trim();
  }
}
