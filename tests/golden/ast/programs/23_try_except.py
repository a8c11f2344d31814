try:
    risky()
except ValueError:
    handle()
except (TypeError, KeyError) as e:
    log(e)
except:
    raise
else:
    ok()
finally:
    cleanup()

try:
    pass
finally:
    pass

try:
    pass
except Exception as exc:
    raise RuntimeError("wrapped") from exc
