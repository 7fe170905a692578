pytest_plugins = ["pytester"]  # tests/test_guards.py runs pytest on broken copies of a snippet
