"""Reference pages generated from the program itself: each module's ``markdown()`` is a page.

``python docs/generate.py`` writes every page of the documentation that is generated, and
``python docs/generate.py --check`` fails when one is stale (a test runs it).
"""
