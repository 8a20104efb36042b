"""Widgets of the practice app; they render state and post messages, never score or call the LLM."""
