import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# The variable store of tf.get_variable knows only the variables that tf.get_variable made.
v = tf.Variable(1.0, name="w")
g = tf.get_variable("w", shape=[])
print(v.name, g.name)
#> w:0 w_1:0

# So the name is free for it, and the graph makes the op name unique.
with tf.variable_scope("", reuse=True):
    print(tf.get_variable("w", shape=[]) is g)
    #> True

# Its graph name, w_1, is not a key of the store either: tf.get_variable("w_1") is no clash.
print(tf.get_variable("w_1", shape=[]).name)
#> w_1_1:0
