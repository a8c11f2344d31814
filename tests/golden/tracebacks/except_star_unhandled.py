def validate(items):
    errors = []
    for item in items:
        try:
            if item < 0:
                raise ValueError(f"negative: {item}")
            if item > 100:
                raise OverflowError(f"too big: {item}")
        except Exception as e:
            e.add_note(f"while checking {item}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("validation failed", errors)


try:
    validate([5, -1, 500])
except* ValueError as group:
    print("handled", len(group.exceptions))
