from django.http import HttpResponse
from django.utils.html import escape


def search(request):
    q = request.GET.get("q", "")
    # ruleid: py.xss.reflected-xss
    return HttpResponse("<h1>Results for " + q + "</h1>")


def search_safe(request):
    q = request.GET.get("q", "")
    # ok: py.xss.reflected-xss
    return HttpResponse("<h1>Results for " + escape(q) + "</h1>")
