import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

try:
    w = tf.get_variable("w")
except ValueError as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0])
    #> ValueError: Variable w did not get an initializer, so its `shape` argument must be specified.
