import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

seen = []


def record(getter, name, *args, **kwargs):
    # Called as record(getter=..., name=..., ...): the first parameter must be named getter.
    seen.append(name)
    return getter(name, *args, **kwargs)


with tf.variable_scope("other") as other:
    pass

with tf.variable_scope("model", custom_getter=record) as model:
    tf.get_variable("w", shape=[])
    with tf.variable_scope("inner"):  # sub-scopes pass through it too
        tf.get_variable("b", shape=[])
    with tf.variable_scope(None, default_name="block"):  # and one opened with default_name
        tf.get_variable("c", shape=[])
    tf.Variable(1.0, name="v")  # tf.Variable does not
    with tf.variable_scope(other):  # nor a captured scope object, which has only its own getters: none
        tf.get_variable("o", shape=[])
print(seen)
#> ['model/w', 'model/inner/b', 'model/block/c']

seen.clear()
with tf.variable_scope("model", reuse=True):  # entered again by name: no getter
    tf.get_variable("w", shape=[])
with tf.variable_scope(model, reuse=True):  # the captured scope object keeps it
    tf.get_variable("w", shape=[])
print(seen)
#> ['model/w']


# A getter may return something other than the variable: here a float16 copy of it.
def half(getter, name, *args, **kwargs):
    return tf.cast(getter(name, *args, **kwargs), tf.float16)


with tf.variable_scope("fp16", custom_getter=half):
    h = tf.get_variable("h", shape=[2])
print("returned:", h.dtype.name, "| stored:", [(v.op.name, v.dtype.base_dtype.name) for v in tf.global_variables(scope="fp16")])
#> returned: float16 | stored: [('fp16/h', 'float32')]

# Getters of nested scopes stack: the inner one is called first, and its getter is the outer one.
order = []


def outer(getter, name, *args, **kwargs):
    order.append("outer")
    return getter(name, *args, **kwargs)


def inner(getter, name, *args, **kwargs):
    order.append("inner")
    return getter(name, *args, **kwargs)


with tf.variable_scope("a", custom_getter=outer):
    with tf.variable_scope("b", custom_getter=inner):
        tf.get_variable("x", shape=[])
print(order)
#> ['inner', 'outer']
