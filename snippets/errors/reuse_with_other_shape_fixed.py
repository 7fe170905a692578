import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.variable_scope("layer"):
    w = tf.get_variable("w", shape=[3])
with tf.variable_scope("layer", reuse=True):
    # The same shape as when it was created, or none at all.
    print(tf.get_variable("w", shape=[3]) is w, tf.get_variable("w") is w)
    #> True True
