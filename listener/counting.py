"""A number with its noun in the right form: "1 reply", "3 replies"."""

from __future__ import annotations


def count(number: int, noun: str, plural: str = "") -> str:
    """`number` followed by `noun`, or by its plural unless `number` is exactly 1.

    Args:
        number: How many.
        noun: The singular noun ("reply", "learner").
        plural: The plural, when adding "s" is wrong ("replies"); defaults to `noun + "s"`.

    Examples:
        >>> count(1, "reply", "replies"), count(0, "reply", "replies"), count(3, "learner")
        ('1 reply', '0 replies', '3 learners')
    """
    return f"{number} {noun if number == 1 else plural or noun + 's'}"
