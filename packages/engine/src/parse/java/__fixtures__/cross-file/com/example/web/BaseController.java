package com.example.web;

abstract class BaseController {
  protected void audit(String who) {
    // ruleid: test.taint.flow
    Taint.sink("audit " + who);
  }

  protected String banner(String who) {
    return "welcome";
  }
}
