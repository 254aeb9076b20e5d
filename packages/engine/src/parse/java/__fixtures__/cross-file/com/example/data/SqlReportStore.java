package com.example.data;

public class SqlReportStore implements ReportStore {
  @Override
  public void save(String title) {
    // ruleid: test.taint.flow
    Taint.sink("INSERT INTO reports(title) VALUES ('" + title + "')");
  }

  @Override
  public String label(String title) {
    return "report";
  }
}
