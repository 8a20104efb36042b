"""Screens of the practice app: scenario picker, conversation, report card, help and quit confirmation."""
