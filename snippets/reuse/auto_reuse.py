import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

def dense_weights():
    # Created on the first call, reused on every later call.
    with tf.variable_scope("dense", reuse=tf.AUTO_REUSE):
        return tf.get_variable("w", shape=[3, 2])


w1 = dense_weights()
w2 = dense_weights()
print(w1.name, w2.name, w1 is w2)
#> dense/w:0 dense/w:0 True
print([var.name for var in tf.global_variables()])
#> ['dense/w:0']
