def user_input():
    return source()


def constant():
    return "fixed"
