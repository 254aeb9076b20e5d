package com.example.data;

public interface ReportStore {
  void save(String title);

  String label(String title);
}
