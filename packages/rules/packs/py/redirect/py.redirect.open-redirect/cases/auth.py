from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def login_done(request):
    # ruleid: py.redirect.open-redirect
    return redirect(request.GET["next"])


def login_done_safe(request):
    target = request.GET.get("next", "/")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={"app.example.com"}):
        # ok: py.redirect.open-redirect
        return HttpResponseRedirect(target)
    # ok: py.redirect.open-redirect
    return redirect("/profile/" + request.GET["user"][:0])
