import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.variable_scope("outer"):
    with tf.variable_scope("inner"):
        w = tf.get_variable("w", shape=[])

with tf.variable_scope("outer", reuse=True):
    with tf.variable_scope("inner") as inner:
        print("inner.reuse:", inner.reuse, "| same w:", tf.get_variable("w", shape=[]) is w)
        #> inner.reuse: True | same w: True
    # Once a scope reuses, reuse=False in a sub-scope does not turn it off.
    with tf.variable_scope("inner", reuse=False) as inner:
        print("inner.reuse:", inner.reuse, "| same w:", tf.get_variable("w", shape=[]) is w)
        #> inner.reuse: True | same w: True

# A sub-scope opened with default_name inherits it too.
with tf.variable_scope("outer"):
    with tf.variable_scope(None, default_name="block"):
        b = tf.get_variable("b", shape=[])
with tf.variable_scope("outer", reuse=True):
    with tf.variable_scope(None, default_name="block") as block:
        print(block.name, "| reuse:", block.reuse, "| same b:", tf.get_variable("b", shape=[]) is b)
        #> outer/block | reuse: True | same b: True

# A captured scope object keeps its own reuse, even inside a scope that reuses.
with tf.variable_scope("free") as free:
    pass
with tf.variable_scope("outer", reuse=True):
    with tf.variable_scope(free) as again:
        print("free.reuse inside outer:", again.reuse)
        #> free.reuse inside outer: False
