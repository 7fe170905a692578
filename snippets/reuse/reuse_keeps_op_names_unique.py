import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.variable_scope("layer"):
    w = tf.get_variable("w", shape=[])
    y = tf.multiply(w, 2.0, name="y")
with tf.variable_scope("layer", reuse=True):
    w_again = tf.get_variable("w", shape=[])
    y_again = tf.multiply(w_again, 2.0, name="y")

# reuse shares the variable; the ops of each pass are still new, in a new name scope.
print(w.name, w_again.name)
#> layer/w:0 layer/w:0
print(y.name, y_again.name)
#> layer/y:0 layer_1/y:0
