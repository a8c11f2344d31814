try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError as eg:
    handle(eg)
except* (TypeError, KeyError):
    pass
else:
    done()
finally:
    cleanup()
