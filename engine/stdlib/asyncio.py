"""Asynchronous I/O for Rewind: CPython's asyncio API over a deterministic event loop.

The loop runs ready callbacks first in, first out and timers by (deadline, order of
scheduling), exactly as CPython's loop does, but its clock is virtual: when nothing is ready
it jumps to the next deadline, so asyncio.sleep() never blocks the process and a recording
replays the same interleaving. Futures, tasks and the synchronization primitives follow
CPython's callback protocol step by step, since the order in which tasks resume decides the
order of a program's output.
"""

import heapq
import sys
from _collections import deque

__all__ = (
    'run', 'sleep', 'gather', 'create_task', 'ensure_future', 'wait_for', 'wait', 'shield',
    'as_completed',
    'current_task', 'all_tasks', 'get_event_loop', 'get_running_loop', 'new_event_loop',
    'set_event_loop', 'iscoroutine', 'iscoroutinefunction', 'isfuture', 'Future', 'Task',
    'Handle', 'TimerHandle', 'AbstractEventLoop', 'Queue', 'PriorityQueue', 'LifoQueue',
    'QueueEmpty', 'QueueFull', 'Event', 'Lock', 'Semaphore', 'BoundedSemaphore', 'Condition',
    'TaskGroup', 'Timeout', 'timeout', 'timeout_at', 'CancelledError', 'InvalidStateError',
    'TimeoutError', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
)


class CancelledError(BaseException):
    """The Future or Task was cancelled."""
    __module__ = 'asyncio.exceptions'


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""
    __module__ = 'asyncio.exceptions'


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""
    __module__ = 'asyncio.queues'


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""
    __module__ = 'asyncio.queues'


TimeoutError = TimeoutError

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'

# CPython removes cancelled timers from the heap in bulk past these thresholds.
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5

_running_loop = None
_default_loop = None
_current_tasks = {}
_all_tasks = {}
_task_count = 0


def iscoroutine(obj):
    # Coroutines, and (like collections.abc.Coroutine) any awaitable with send, throw and
    # close: the aclose() of an async generator runs as a task.
    kind = type(obj)
    if kind.__name__ == 'coroutine' and hasattr(obj, 'cr_frame'):
        return True
    return all(hasattr(kind, name) for name in ('__await__', 'send', 'throw', 'close'))


def iscoroutinefunction(func):
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & 0x80)


def isfuture(obj):
    return getattr(type(obj), '_asyncio_future_blocking', None) is not None


def _isawaitable(obj):
    return iscoroutine(obj) or hasattr(type(obj), '__await__')


def _format_callback(callback):
    return getattr(callback, '__qualname__', None) or repr(callback)


class Handle:
    """A callback scheduled with call_soon()."""

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def __repr__(self):
        state = ' cancelled' if self._cancelled else ''
        return f'<{type(self).__name__}{state} {_format_callback(self._callback)}()>'

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': f'Exception in callback {_format_callback(self._callback)}()',
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    """A callback scheduled with call_later() or call_at()."""

    def __init__(self, when, callback, args, loop, order):
        super().__init__(callback, args, loop)
        self._when = when
        self._order = order
        self._scheduled = False

    def __lt__(self, other):
        return (self._when, self._order) < (other._when, other._order)

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()


class AbstractEventLoop:
    """The base class of event loops."""


class _VirtualClockLoop(AbstractEventLoop):
    """The event loop: CPython's BaseEventLoop scheduling with a virtual clock."""

    def __init__(self):
        self._ready = deque()
        self._scheduled = []
        self._timer_order = 0
        self._timer_cancelled_count = 0
        self._clock = 0.0
        self._stopping = False
        self._closed = False
        self._running = False

    def __repr__(self):
        return (f'<_UnixSelectorEventLoop running={self.is_running()} '
                f'closed={self.is_closed()} debug=False>')

    def time(self):
        return self._clock

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return False

    def set_debug(self, enabled):
        pass

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self._clock + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        self._timer_order += 1
        timer = TimerHandle(when, callback, args, self, self._timer_order)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return Task(coro, loop=self, name=name)

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()

    def call_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in ('task', 'future', 'handle'):
            if key in context:
                lines.append(f'{key}: {context[key]!r}')
        exc = context.get('exception')
        if exc is not None:
            lines.append(f'{type(exc).__name__}: {exc}')
        print('\n'.join(lines), file=sys.stderr)

    def run_forever(self):
        global _running_loop
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._running = True
        _running_loop = self
        # The engine reads the asyncgen hooks from here (CPython keeps them per thread).
        old_hooks = getattr(sys, '__asyncgen_hooks__', None)
        sys.__asyncgen_hooks__ = (None, self._asyncgen_finalizer_hook)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop = None
            sys.__asyncgen_hooks__ = old_hooks

    def run_until_complete(self, future):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _run_once(self):
        scheduled = self._scheduled
        count = len(scheduled)
        if (count > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / count > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            kept = []
            for handle in scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    kept.append(handle)
            heapq.heapify(kept)
            self._scheduled = scheduled = kept
            self._timer_cancelled_count = 0
        else:
            while scheduled and scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(scheduled)
                handle._scheduled = False

        if not self._ready and not self._stopping:
            if not scheduled:
                # CPython would wait here forever: every task waits for something that no
                # callback or timer will ever provide.
                raise RuntimeError(
                    'Rewind event loop: every task is waiting and nothing is scheduled '
                    '(the program would hang)')
            # The virtual clock jumps to the next deadline instead of sleeping.
            if scheduled[0]._when > self._clock:
                self._clock = scheduled[0]._when

        end_time = self._clock + 1e-09
        while scheduled:
            handle = scheduled[0]
            if handle._when >= end_time:
                break
            handle = heapq.heappop(scheduled)
            handle._scheduled = False
            self._ready.append(handle)

        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if handle._cancelled:
                continue
            handle._run()

    def _asyncgen_finalizer_hook(self, agen):
        # An async generator dropped unfinished is closed by a task of its own.
        if not self.is_closed():
            self.call_soon(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self):
        pass


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


def new_event_loop():
    return _VirtualClockLoop()


def set_event_loop(loop):
    global _default_loop
    _default_loop = loop


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def _get_running_loop():
    return _running_loop


def get_event_loop():
    global _default_loop
    if _running_loop is not None:
        return _running_loop
    if _default_loop is None:
        _default_loop = new_event_loop()
    return _default_loop


class Future:
    """A result that will be available later; awaiting it suspends until then."""
    __module__ = '_asyncio'

    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _cancel_message = None
    _cancelled_exc = None
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        self._callbacks = []

    def __repr__(self):
        return f'<{type(self).__name__} {" ".join(self._repr_info())}>'

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={_short_repr(self._result)}')
        if self._callbacks:
            info.append(_format_callbacks(self._callbacks))
        return info

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            exc = CancelledError()
        else:
            exc = CancelledError(self._cancel_message)
        exc.__context__ = self._cancelled_exc
        self._cancelled_exc = None
        return exc

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception_tb)
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [f for f in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self._schedule_callbacks()

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def _short_repr(value):
    """reprlib.repr's limits for the containers a result usually is."""
    if isinstance(value, (list, tuple)) and len(value) > 6:
        items = ', '.join(_short_repr(v) for v in value[:6])
        return f'[{items}, ...]' if isinstance(value, list) else f'({items}, ...)'
    text = repr(value)
    if isinstance(value, str) and len(text) > 30:
        return text[:13] + '...' + text[-14:]
    return text


def _format_callbacks(callbacks):
    names = []
    for callback in callbacks:
        if getattr(callback, '__func__', None) is Task._Task__wakeup:
            names.append('Task.task_wakeup()')
        else:
            names.append(_format_callback(callback) + '()')
    if len(names) > 2:
        names = [names[0], f'<{len(names) - 2} more>', names[-1]]
    return f'cb=[{", ".join(names)}]'


def _coroutine_repr(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    name = f'{name}()' if name else f'<{type(coro).__name__} without __name__>()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if code is None:
        return name
    frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'


class Task(Future):
    """A coroutine running on the event loop."""
    __module__ = '_asyncio'

    def __init__(self, coro, *, loop=None, name=None, context=None):
        global _task_count
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        if name is None:
            _task_count += 1
            self._name = f'Task-{_task_count}'
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._loop.call_soon(self.__step)
        _all_tasks[self] = None

    def _repr_info(self):
        info = super()._repr_info()
        if self.cancelling() and not self.done():
            info[0] = 'cancelling'
        info.insert(1, f'name={self._name!r}')
        info.insert(2, f'coro=<{_coroutine_repr(self._coro)}>')
        if self._fut_waiter is not None:
            info.insert(3, f'wait_for={self._fut_waiter!r}')
        return info

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _finish(self):
        _all_tasks.pop(self, None)

    def __step(self, exc=None):
        if self.done():
            raise InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        _current_tasks[self._loop] = self
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            self._finish()
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except CancelledError as cancelled:
            self._finish()
            self._cancelled_exc = cancelled
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            self._finish()
            Future.set_exception(self, fatal)
            raise
        except BaseException as error:
            self._finish()
            Future.set_exception(self, error)
        else:
            self._await_result(result)
        finally:
            _current_tasks.pop(self._loop, None)

    def _await_result(self, result):
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if result.get_loop() is not self._loop:
                error = RuntimeError(
                    f'Task {self!r} got Future {result!r} attached to a different loop')
                self._loop.call_soon(self.__step, error)
            elif blocking:
                if result is self:
                    error = RuntimeError(f'Task cannot await on itself: {self!r}')
                    self._loop.call_soon(self.__step, error)
                else:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self.__wakeup)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
            else:
                error = RuntimeError(
                    f'yield was used instead of yield from in task {self!r} with {result!r}')
                self._loop.call_soon(self.__step, error)
        elif result is None:
            # A bare yield gives the other tasks one turn of the loop.
            self._loop.call_soon(self.__step)
        elif type(result).__name__ == 'generator':
            error = RuntimeError(f'yield was used instead of yield from for generator in '
                                 f'task {self!r} with {result!r}')
            self._loop.call_soon(self.__step, error)
        else:
            self._loop.call_soon(self.__step, RuntimeError(f'Task got bad yield: {result!r}'))

    def __wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self.__step(exc)
        else:
            self.__step()


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in list(_all_tasks) if t._loop is loop and not t.done()}


def _all_tasks_in_order(loop):
    return [t for t in list(_all_tasks) if t._loop is loop and not t.done()]


def create_task(coro, *, name=None, context=None):
    # CPython names the task afterwards, so the task counter moves even for named tasks.
    task = get_running_loop().create_task(coro)
    if name is not None:
        task.set_name(name)
    return task


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future.get_loop():
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    if not iscoroutine(coro_or_future):
        if _isawaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = get_event_loop()
    return loop.create_task(coro_or_future)


async def _wrap_awaitable(awaitable):
    return await awaitable


class _Sleep0:
    """Gives the other tasks one turn of the loop (a bare yield to the task)."""

    def __await__(self):
        yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _Sleep0()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


class _GatheringFuture(Future):
    """The future gather() returns; cancelling it cancels its children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled = True
        if cancelled:
            self._cancel_requested = True
        return cancelled


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        outer = get_event_loop().create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal finished
        finished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if finished == count:
            results = []
            for child in children:
                if child.cancelled():
                    message = child._cancel_message
                    res = CancelledError('' if message is None else message)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    count = 0
    finished = 0
    loop = None
    outer = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            count += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def _cancel_all_tasks(loop):
    to_cancel = _all_tasks_in_order(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


def run(main, *, debug=None):
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError(f'a coroutine was expected, got {main!r}')
    loop = new_event_loop()
    try:
        task = loop.create_task(main)
        return loop.run_until_complete(task)
    finally:
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            loop.close()


from _asyncio_waits import as_completed, shield, wait, wait_for
from _asyncio_sync import (Event, Lock, Semaphore, BoundedSemaphore, Condition, Queue,
                           PriorityQueue, LifoQueue, TaskGroup, Timeout, timeout, timeout_at)
