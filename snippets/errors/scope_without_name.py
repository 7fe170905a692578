import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

try:
    with tf.variable_scope(None):
        pass
except TypeError as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0])
    #> TypeError: If default_name is None then name_or_scope is required

try:
    with tf.variable_scope(None, default_name="layer", reuse=True):
        pass
except ValueError as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0])
    #> ValueError: reuse=True cannot be used without a name_or_scope

# tf.AUTO_REUSE needs a name as well; the message says reuse=True all the same.
try:
    with tf.variable_scope(None, default_name="layer", reuse=tf.AUTO_REUSE):
        pass
except ValueError as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0])
    #> ValueError: reuse=True cannot be used without a name_or_scope
