import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.variable_scope("layer"):
    w = tf.get_variable("w", shape=[3])
with tf.variable_scope("layer", reuse=True):
    try:
        w = tf.get_variable("w", shape=[2])
    except ValueError as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
        #> ValueError: Trying to share variable layer/w, but specified shape (2,) and found shape (3,).
