import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

def dense(x, units):
    w = tf.get_variable("w", shape=[x.shape[-1], units])
    return tf.matmul(x, w)


# Shared weights need inputs of the size they were made for: only the batch size may vary (None).
train_x = tf.placeholder(tf.float32, [None, 3], name="train_x")
test_x = tf.placeholder(tf.float32, [None, 3], name="test_x")
with tf.variable_scope("layer"):
    train_y = dense(train_x, 2)
with tf.variable_scope("layer", reuse=True):
    test_y = dense(test_x, 2)
print(train_y.shape, test_y.shape, [var.name for var in tf.global_variables()])
#> (?, 2) (?, 2) ['layer/w:0']
