import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# A tensor as initializer carries its shape; an initializer object takes the shape.
x = tf.get_variable("x", initializer=tf.constant([1, 2, 3]))
y = tf.get_variable("y", shape=[3], dtype=tf.int32, initializer=tf.constant_initializer([1, 2, 3]))
print(x)
#> <tf.Variable 'x:0' shape=(3,) dtype=int32_ref>
print(y)
#> <tf.Variable 'y:0' shape=(3,) dtype=int32_ref>
