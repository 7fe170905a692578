import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

w = tf.get_variable("w", shape=[2])  # a shape: the default initializer fills it
c = tf.get_variable("c", initializer=tf.constant([1.0, 2.0]))  # or a value that has a shape
print(w)
#> <tf.Variable 'w:0' shape=(2,) dtype=float32_ref>
print(c)
#> <tf.Variable 'c:0' shape=(2,) dtype=float32_ref>
