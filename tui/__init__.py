"""newsreader: a terminal news reader that reads like an analyst."""
__version__ = "0.1.0"
