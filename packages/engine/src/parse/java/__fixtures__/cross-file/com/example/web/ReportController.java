package com.example.web;

import com.example.data.ReportRepository;
import com.example.data.ReportStore;

public class ReportController extends BaseController {
  private ReportRepository repository;
  private Formatter formatter = new Formatter();
  private ReportStore store;

  void show() {
    String id = Taint.source();
    repository.findByName(id);
    repository.findSafely(id);
    // ruleid: test.taint.flow
    Taint.sink(formatter.wrap(id));
    // ok: test.taint.flow
    Taint.sink(formatter.fixed(id));
    // ruleid: test.taint.flow
    Taint.sink(ReportRepository.normalise(id));
    store.save(id);
    audit(id);
    // ok: test.taint.flow
    Taint.sink(banner(id));
    // ok: test.taint.flow
    Taint.sink(store.label(id));
  }
}
