import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# Create it first, or let AUTO_REUSE create it when it does not exist yet.
with tf.variable_scope("layer", reuse=tf.AUTO_REUSE):
    w = tf.get_variable("w", shape=[])
print(w.name)
#> layer/w:0
