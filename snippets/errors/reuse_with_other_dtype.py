import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.variable_scope("a"):
    tf.get_variable("w", shape=[2])  # float32
with tf.variable_scope("b", dtype=tf.float16):
    tf.get_variable("w", shape=[2])  # float16, the scope's dtype

# Another dtype given explicitly, or taken from the scope's dtype=, raises the same way.
with tf.variable_scope("a", reuse=True):
    try:
        tf.get_variable("w", dtype=tf.float64)
    except ValueError as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
        #> ValueError: Trying to share variable a/w, but specified dtype float64 and found dtype float32_ref.
with tf.variable_scope("a", reuse=True, dtype=tf.float16):
    try:
        tf.get_variable("w")
    except ValueError as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
        #> ValueError: Trying to share variable a/w, but specified dtype float16 and found dtype float32_ref.
# And a float16 variable reused with no dtype, outside a float16 scope: float32 is assumed.
with tf.variable_scope("b", reuse=True):
    try:
        tf.get_variable("w")
    except ValueError as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
        #> ValueError: Trying to share variable b/w, but specified dtype float32 and found dtype float16_ref.
