import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# tf.get_variable raises only for a name in its own variable store. A name taken in the graph
# by anything else is no clash: an op, a name scope, a placeholder ...
tf.add(1, 2, name="k")
with tf.name_scope("s"):
    pass
p = tf.placeholder(tf.float32, name="p")
print(tf.get_variable("k", shape=[]).name, tf.get_variable("s", shape=[]).name, tf.get_variable("p", shape=[]).name)
#> k_1:0 s_1:0 p_1:0

# ... or the same name in other case: op names are made unique whatever their case, the
# variable store tells the two apart.
w = tf.get_variable("w", shape=[])
print(tf.get_variable("W", shape=[]).name)
#> W_1:0
