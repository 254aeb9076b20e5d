package com.example.web;

class Formatter {
  String wrap(String s) {
    return "<" + s + ">";
  }

  String fixed(String s) {
    return "fixed";
  }
}
