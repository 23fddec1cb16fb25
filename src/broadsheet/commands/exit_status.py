"""The exit statuses every ``broadsheet`` command shares, one meaning each."""

#: Done, and nothing judged failed.
EXIT_OK = 0
#: Something judged failed: findings at or above ``--fail-on``, render errors, new violations.
EXIT_FAILED = 1
#: Bad usage or input (a missing file, invalid JSON, an unknown rule): nothing was judged.
EXIT_INPUT = 2
#: A page could not be checked or rendered at all (a fault in Broadsheet); the others were.
EXIT_UNCHECKED = 3
