from typing import Literal

FeedbackRating = Literal[-1, 1]

FEEDBACK_RATING_VALUES: set[FeedbackRating] = {
    -1,
    1,
}


def check_feedback_rating(value: int) -> FeedbackRating:
    if value in FEEDBACK_RATING_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FEEDBACK_RATING_VALUES!r}")
